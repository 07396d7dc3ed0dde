using System.Text;

namespace Depesche.Ingest;

/// <summary>
/// The RFC 4180 state machine behind <see cref="CsvReader"/>, fed one line at a time so that a quoted field
/// may span lines while the reader still streams. Doubled quote characters inside quotes stand for one.
/// </summary>
internal sealed class CsvRecordParser
{
    private enum State { FieldStart, Bare, Quoted, AfterQuote }

    private readonly char _delimiter;
    private readonly char _quote;
    private readonly bool _bareQuotesAreText;
    private readonly List<string> _fields = [];
    private readonly StringBuilder _field = new();
    private State _state;
    private bool _started;

    /// <summary>
    /// A parser for <paramref name="delimiter"/> and <paramref name="quote"/>. With
    /// <paramref name="bareQuotesAreText"/> a quote character inside an unquoted field is kept as text
    /// (an apostrophe when the quote is <c>'</c>); otherwise it is a stray quote.
    /// </summary>
    public CsvRecordParser(char delimiter, char quote, bool bareQuotesAreText)
    {
        _delimiter = delimiter;
        _quote = quote;
        _bareQuotesAreText = bareQuotesAreText;
    }

    /// <summary>True between the first line of a record and its completion.</summary>
    public bool InRecord => _started;

    /// <summary>Why the record just completed is broken, or null.</summary>
    public string? Error { get; private set; }

    /// <summary>The fields of the record just completed.</summary>
    public IReadOnlyList<string> Fields => _fields;

    /// <summary>True when the record ended inside an open quoted field (call at the end of input).</summary>
    public bool IsInsideQuotes => _started && _state == State.Quoted;

    /// <summary>Forgets the current record, to start the next one on the next line.</summary>
    public void Reset()
    {
        _fields.Clear();
        _field.Clear();
        _state = State.FieldStart;
        _started = false;
        Error = null;
    }

    /// <summary>
    /// Adds one line (without its terminator). True when the record is complete, or broken (see
    /// <see cref="Error"/>); false when a quoted field continues on the next line.
    /// </summary>
    public bool Feed(string line)
    {
        if (!_started) Reset();
        _started = true;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            switch (_state)
            {
                case State.FieldStart when c == _quote:
                    _field.Clear(); // spaces before an opening quote are layout, not text
                    _state = State.Quoted;
                    break;
                case State.FieldStart when c == ' ':
                    _field.Append(c);
                    break;
                case State.FieldStart or State.Bare when c == _delimiter:
                    EndField();
                    break;
                case State.FieldStart:
                case State.Bare when c != _quote || _bareQuotesAreText:
                    _field.Append(c);
                    _state = State.Bare;
                    break;
                case State.Bare:
                    return Fail($"stray quote ({_quote}) inside an unquoted field, column {i + 1}");
                case State.Quoted when c == _quote:
                    _state = State.AfterQuote;
                    break;
                case State.Quoted:
                    _field.Append(c);
                    break;
                case State.AfterQuote when c == _quote:
                    _field.Append(c);
                    _state = State.Quoted;
                    break;
                case State.AfterQuote when c == _delimiter:
                    EndField();
                    break;
                case State.AfterQuote when c == ' ':
                    break;
                case State.AfterQuote:
                    return Fail($"stray quote: text after a closing quote ({_quote}), column {i + 1}");
            }
        }
        if (_state == State.Quoted)
        {
            _field.Append('\n');
            return false;
        }
        EndField();
        _started = false;
        return true;
    }

    private void EndField()
    {
        _fields.Add(_field.ToString());
        _field.Clear();
        _state = State.FieldStart;
    }

    private bool Fail(string reason)
    {
        Error = reason;
        _started = false;
        return true;
    }
}
