using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;

namespace Depesche.Analysis.German;

/// <summary>
/// Analyses an article's headline and body in one pass of the German chain and records what each field needs:
/// the body's terms (<see cref="GermanTextAnalyzer"/>), the exact field's terms (the same tokens as they leave
/// the stop-word step, what <see cref="ExactAnalyzer"/> makes of the text). Tokenizing the text once instead of
/// once per field was measured as a fifth of ingest CPU (docs/benchmarks.md). One per thread; every stream is reused.
/// </summary>
internal sealed class DocumentChain
{
    private readonly StandardTokenizer _tokenizer;
    private readonly CachedSteps _chain;
    private ExactRecorder? _recorder;
    private readonly ICharTermAttribute _term;
    private readonly IPositionIncrementAttribute _increment;
    private readonly TokenTape _body = new();
    private readonly TokenTape _exact = new();

    /// <summary>A chain that stems with <paramref name="stemmer"/>.</summary>
    public DocumentChain(StemmerKind stemmer)
    {
        Stemmer = stemmer;
        _tokenizer = new StandardTokenizer(AnalysisVersion.Current, TextReader.Null);
        var chain = GermanTextAnalyzer.Chain(_tokenizer, stemmer, keepStopWords: false, CachedSteps.DocumentEntries,
            afterStopWords: t => _recorder = new ExactRecorder(t, _exact));
        _chain = chain;
        // A word the steps take in is the exact field's term, when the recorder just kept it.
        _chain.WordNumbered = number =>
        {
            if (_recorder!.TakeRecorded()) _exact.NumberLast(number);
        };
        _term = chain.AddAttribute<ICharTermAttribute>();
        _increment = chain.AddAttribute<IPositionIncrementAttribute>();
    }

    /// <summary>The body tokens of the last article (headline, then body), as recorded.</summary>
    public TokenTape BodyTape => _body;

    /// <summary>The exact tokens of the last article, as recorded.</summary>
    public TokenTape ExactTape => _exact;

    /// <summary>The stemmer of the body terms.</summary>
    public StemmerKind Stemmer { get; }

    /// <summary>The headline's body terms (indexed twice: see the schema).</summary>
    public TokenTape.Replay Headline { get; } = new();

    /// <summary>The headline's body terms once more, for the second copy.</summary>
    public TokenTape.Replay HeadlineAgain { get; } = new();

    /// <summary>The body's terms.</summary>
    public TokenTape.Replay Body { get; } = new();

    /// <summary>Headline and body, lower case without stop words, for the exact field.</summary>
    public TokenTape.Replay Exact { get; } = new();

    /// <summary>
    /// Numbers the body terms in <paramref name="body"/> and the exact terms in <paramref name="exact"/> from now on:
    /// the tapes then carry each term's number (<see cref="TokenTape.Number"/>).
    /// </summary>
    public void NumberTerms(TermNumbering body, TermNumbering exact) => _chain.NumberTerms(body, exact);

    /// <summary>Whether the tapes carry numbers of <paramref name="body"/> and <paramref name="exact"/>.</summary>
    public bool Numbers(TermNumbering body, TermNumbering exact) => _chain.Numbers(body, exact);

    /// <summary>How many of <see cref="BodyTape"/>'s tokens are the headline's (the body's follow).</summary>
    public int HeadlineTokens { get; private set; }

    /// <summary>The position increment at the end of the headline (stop words after its last token).</summary>
    public int HeadlineEnd { get; private set; }

    /// <summary>The position increment at the end of the body.</summary>
    public int BodyEnd { get; private set; }

    /// <summary>Analyses one article; the replays then play its tokens until the next call.</summary>
    public void Analyse(string headline, string body)
    {
        _body.Clear();
        _exact.Clear();
        HeadlineEnd = Run(headline);
        HeadlineTokens = _body.Count;
        BodyEnd = Run(body);
        Headline.Play(_body, 0, HeadlineTokens, HeadlineEnd);
        HeadlineAgain.Play(_body, 0, HeadlineTokens, HeadlineEnd);
        Body.Play(_body, HeadlineTokens, _body.Count, BodyEnd);
        Exact.Play(_exact, 0, _exact.Count);
    }

    // Returns the position increment at the end of the text (stop words after its last token).
    private int Run(string text)
    {
        _tokenizer.SetReader(new HyphenJoiner(new StringReader(text)));
        _chain.Reset();
        while (_chain.IncrementToken()) _body.Add(_term.Buffer.AsSpan(0, _term.Length), _increment.PositionIncrement, _chain.CurrentNumber);
        _chain.End();
        int endIncrement = _increment.PositionIncrement;
        _chain.Dispose();
        return endIncrement;
    }

    /// <summary>Records the tokens as they leave the stop-word step, except the joined form of a hyphenated word.</summary>
    private sealed class ExactRecorder : TokenTape.Recorder
    {
        private readonly ITypeAttribute _type;

        private bool _recorded;

        public ExactRecorder(TokenStream input, TokenTape tape) : base(input, tape) => _type = AddAttribute<ITypeAttribute>();

        /// <summary>Whether the last token was recorded; asking forgets it.</summary>
        public bool TakeRecorded()
        {
            bool recorded = _recorded;
            _recorded = false;
            return recorded;
        }

        protected override void Record(ReadOnlySpan<char> term, int increment)
        {
            _recorded = _type.Type != HyphenatedWordFilter.JoinedType;
            if (_recorded) Tape.Add(term, increment);
        }
    }
}
