using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Runs word-by-word steps of a chain (folding and stemming; the name keys) through a cache of their results:
/// such a step maps each term to its output whatever its neighbours, and news vocabulary is Zipfian, so nearly
/// every token is a word seen before. Measured: those steps were about a sixth of ingest CPU (docs/benchmarks.md).
/// Output is identical to running the steps: a miss runs them on the one term and keeps what they made of it
/// (one term, none, or several at the same position) in a <see cref="StepCache"/>.
/// </summary>
internal sealed class CachedSteps : TokenFilter
{
    /// <summary>
    /// The cap of a document chain's cache (one per indexing thread): most of an archive's vocabulary. Bounded so
    /// that a corpus of random strings cannot grow it without end; past the cap, misses run uncached.
    /// </summary>
    public const int DocumentEntries = 500_000;

    /// <summary>
    /// The cap of a query-time chain's cache (queries, snippets). A server keeps one such chain per analyzer and
    /// thread, dozens of them under load: with the document cap they grew by hundreds of megabytes as snippets
    /// brought new words (issue 6); the commonest words, seen first, fit in this.
    /// </summary>
    public const int QueryEntries = 256;

    /// <summary>
    /// The cap of the chain that re-reads found articles for snippets, highlights and related articles: article
    /// text, whose common words outnumber a query's by far. With the query cap nearly every word of a snippet
    /// missed (uncached searches 6.8 → 6.4 ms at 8,192 words, 200,000 articles); one such chain per thread that
    /// searches, so a few hundred kilobytes each.
    /// </summary>
    public const int TextEntries = 8192;

    private readonly StepCache _cache;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly TokenTape _single = new();
    private readonly TokenTape.Replay _source = new();
    private readonly TokenStream _steps;
    private readonly ICharTermAttribute _stepsTerm;
    private readonly IPositionIncrementAttribute _stepsIncrement;
    private StepOutput[] _pending = [];
    private int[]? _pendingNumbers;
    private int _next;
    private TermNumbering? _termNumbers;
    private TermNumbering? _wordNumbers;

    /// <param name="input">Tokens as the earlier steps leave them.</param>
    /// <param name="steps">Wraps a stream of one term in the steps to cache.</param>
    /// <param name="maxEntries">How many words the cache holds at most (<see cref="DocumentEntries"/>, <see cref="QueryEntries"/>).</param>
    public CachedSteps(TokenStream input, Func<TokenStream, TokenStream> steps, int maxEntries) : base(input)
    {
        _cache = new StepCache(maxEntries);
        _term = AddAttribute<ICharTermAttribute>();
        _increment = AddAttribute<IPositionIncrementAttribute>();
        _steps = steps(_source);
        _stepsTerm = _steps.AddAttribute<ICharTermAttribute>();
        _stepsIncrement = _steps.AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>
    /// The number of the current token's term in the numbering given to <see cref="NumberTerms"/>, or -1 when none
    /// was given. The cache keeps the numbers beside each word, so that a seen word costs no look-up.
    /// </summary>
    public int CurrentNumber { get; private set; } = -1;

    /// <summary>Called with the number of each word the steps take in (its term as it entered them), while terms are numbered.</summary>
    public Action<int>? WordNumbered { get; set; }

    /// <summary>
    /// Numbers the terms the steps put out in <paramref name="terms"/> and the words they take in in
    /// <paramref name="words"/> from now on; numbers cached for others are forgotten.
    /// </summary>
    public void NumberTerms(TermNumbering terms, TermNumbering words)
    {
        if (ReferenceEquals(terms, _termNumbers) && ReferenceEquals(words, _wordNumbers)) return;
        _cache.ForgetNumbers();
        _termNumbers = terms;
        _wordNumbers = words;
    }

    /// <summary>Whether the terms are numbered in <paramref name="terms"/> and <paramref name="words"/>.</summary>
    public bool Numbers(TermNumbering terms, TermNumbering words) => ReferenceEquals(terms, _termNumbers) && ReferenceEquals(words, _wordNumbers);

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next < _pending.Length)
        {
            CurrentNumber = _pendingNumbers?[_next] ?? -1;
            var more = _pending[_next++];
            SetTerm(more.Term);
            _increment.PositionIncrement = more.Increment;
            return true;
        }
        // A word the steps drop leaves its position behind, as a stop filter does.
        int skipped = 0;
        while (m_input.IncrementToken())
        {
            var word = _term.Buffer.AsSpan(0, _term.Length);
            StepOutput[] outputs;
            int[]? numbers = null;
            if (_cache.TryFind(word, out var hit))
            {
                if (hit.IsOneTerm)
                {
                    if (_termNumbers is not null)
                    {
                        int wordNumber = hit.WordNumber, termNumber = hit.TermNumber;
                        if (wordNumber < 0)
                        {
                            wordNumber = _wordNumbers!.Number(word);
                            termNumber = _termNumbers.Number(hit.IsNewTerm ? _cache.Term(hit) : word);
                            _cache.Number(hit, wordNumber, [termNumber]);
                        }
                        WordNumbered?.Invoke(wordNumber);
                        CurrentNumber = termNumber;
                    }
                    if (hit.IsNewTerm) SetTerm(_cache.Term(hit));
                    _increment.PositionIncrement += skipped;
                    return true;
                }
                outputs = _cache.Others(hit);
                if (_termNumbers is not null)
                {
                    numbers = _cache.OtherNumbers(hit);
                    int wordNumber = hit.WordNumber;
                    if (numbers is null)
                    {
                        wordNumber = _wordNumbers!.Number(word);
                        numbers = NumberOutputs(outputs);
                        _cache.Number(hit, wordNumber, numbers);
                    }
                    WordNumbered?.Invoke(wordNumber);
                }
            }
            else
            {
                outputs = Run(word);
                if (_termNumbers is not null)
                {
                    int wordNumber = _wordNumbers!.Number(word);
                    numbers = NumberOutputs(outputs);
                    WordNumbered?.Invoke(wordNumber);
                    _cache.Add(word, outputs, wordNumber, numbers);
                }
                else
                {
                    _cache.Add(word, outputs);
                }
            }
            if (outputs.Length == 0)
            {
                skipped += _increment.PositionIncrement;
                continue;
            }
            CurrentNumber = numbers?[0] ?? -1;
            SetTerm(outputs[0].Term);
            _increment.PositionIncrement += skipped + outputs[0].Increment - 1;
            _pending = outputs;
            _pendingNumbers = numbers;
            _next = 1;
            return true;
        }
        return false;
    }

    private int[] NumberOutputs(StepOutput[] outputs)
    {
        var numbers = new int[outputs.Length];
        for (int i = 0; i < outputs.Length; i++) numbers[i] = _termNumbers!.Number(outputs[i].Term);
        return numbers;
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        _pending = [];
        _pendingNumbers = null;
        _next = 0;
        CurrentNumber = -1;
    }

    private void SetTerm(ReadOnlySpan<char> result)
    {
        var current = _term.Buffer.AsSpan(0, _term.Length);
        if (current.SequenceEqual(result)) return;
        result.CopyTo(_term.ResizeBuffer(result.Length));
        _term.Length = result.Length;
    }

    private StepOutput[] Run(ReadOnlySpan<char> word)
    {
        _single.Clear();
        _single.Add(word, 1);
        _source.Play(_single, 0, 1);
        _steps.Reset();
        var outputs = new List<StepOutput>(1);
        while (_steps.IncrementToken()) outputs.Add(new StepOutput(_stepsTerm.ToString(), _stepsIncrement.PositionIncrement));
        _steps.End();
        _steps.Dispose();
        return outputs.ToArray();
    }
}
