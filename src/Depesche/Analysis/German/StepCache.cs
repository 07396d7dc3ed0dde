namespace Depesche.Analysis.German;

/// <summary>
/// What <see cref="CachedSteps"/> remembers: each word with the terms the steps made of it, in one open-addressing
/// table whose slots hold the hash and where the word's characters lie, and one character array holding each word
/// followed by its term. A lookup reads one slot and one run of characters; the dictionary of strings and result
/// arrays it replaces read five objects a token, and that lookup was the chain's largest cost (docs/benchmarks.md).
/// The usual result, one term at the word's own position, lives in the table; any other (no term, several terms,
/// another increment) is kept aside as an array of outputs.
/// </summary>
internal sealed class StepCache
{
    /// <summary>Longer words are not cached: they are rare, and their length must fit a slot.</summary>
    public const int MaxWordLength = 128;

    private const int Unchanged = -1;
    private const int OneTerm = -2;

    private readonly int _maxEntries;
    private Slot[] _slots;
    private char[] _chars;
    private readonly List<StepOutput[]> _others = [];
    private readonly List<int[]?> _otherNumbers = [];
    private int _length;

    /// <param name="maxEntries">Past this many words the cache stops growing, so random input cannot grow it without end.</param>
    public StepCache(int maxEntries)
    {
        _maxEntries = maxEntries;
        // A small cache starts small: a server keeps one per analyzer and thread.
        _slots = new Slot[(int)Math.Min(1024, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)Math.Max(8, maxEntries * 2)))];
        _chars = new char[Math.Min(16 * 1024, Math.Max(64, maxEntries * 16))];
    }

    /// <summary>Number of words cached.</summary>
    public int Count { get; private set; }

    /// <summary>Whether <see cref="Add"/> would still store a word.</summary>
    public bool Full => Count >= _maxEntries;

    /// <summary>Finds <paramref name="word"/>; <paramref name="hit"/> then says where its result is.</summary>
    public bool TryFind(ReadOnlySpan<char> word, out Hit hit)
    {
        if (word.Length <= MaxWordLength)
        {
            int hash = Hash(word);
            int mask = _slots.Length - 1;
            for (int i = hash & mask; ; i = (i + 1) & mask)
            {
                ref readonly var slot = ref _slots[i];
                if (slot.WordLength == 0) break;
                if (slot.Hash == hash && slot.WordLength == word.Length && _chars.AsSpan(slot.Start, word.Length).SequenceEqual(word))
                {
                    hit = new Hit(slot.Start + slot.WordLength, slot.TermLength, slot.Result, i, slot.WordNumber, slot.TermNumber);
                    return true;
                }
            }
        }
        hit = default;
        return false;
    }

    /// <summary>
    /// Stores what the steps made of <paramref name="word"/>, unless it is too long or the cache is full, with the
    /// numbers of the word and of its outputs (<see cref="TermNumbering"/>), or null when nothing numbers terms.
    /// </summary>
    public void Add(ReadOnlySpan<char> word, StepOutput[] outputs, int wordNumber = -1, int[]? outputNumbers = null)
    {
        if (word.Length == 0 || word.Length > MaxWordLength || Full) return;
        if ((Count + 1) * 2 > _slots.Length) Grow();
        int result;
        ReadOnlySpan<char> term = default;
        if (outputs.Length == 1 && outputs[0].Increment == 1)
        {
            term = outputs[0].Term;
            result = word.SequenceEqual(term) ? Unchanged : OneTerm;
            if (term.Length > MaxWordLength) return;
        }
        else
        {
            result = _others.Count;
            _others.Add(outputs);
            _otherNumbers.Add(outputNumbers);
        }
        int needed = word.Length + (result == OneTerm ? term.Length : 0);
        if (_length + needed > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _length + needed));
        int start = _length;
        word.CopyTo(_chars.AsSpan(start));
        if (result == OneTerm) term.CopyTo(_chars.AsSpan(start + word.Length));
        _length += needed;
        Place(new Slot
        {
            Hash = Hash(word),
            Start = start,
            WordLength = (short)word.Length,
            TermLength = (short)(result == OneTerm ? term.Length : 0),
            Result = result,
            WordNumber = wordNumber,
            TermNumber = result < 0 && outputNumbers is not null ? outputNumbers[0] : -1,
        });
        Count++;
    }

    /// <summary>The one term of a word whose result <see cref="Hit.IsNewTerm"/>.</summary>
    public ReadOnlySpan<char> Term(in Hit hit) => _chars.AsSpan(hit.TermStart, hit.TermLength);

    /// <summary>The outputs of a word whose result is not one term at its own position.</summary>
    public StepOutput[] Others(in Hit hit) => _others[hit.Result];

    /// <summary>The numbers of those outputs, or null when they have none.</summary>
    public int[]? OtherNumbers(in Hit hit) => _otherNumbers[hit.Result];

    /// <summary>Numbers a cached word and its outputs (after <see cref="ForgetNumbers"/>).</summary>
    public void Number(in Hit hit, int wordNumber, int[] outputNumbers)
    {
        ref var slot = ref _slots[hit.Slot];
        slot.WordNumber = wordNumber;
        if (hit.IsOneTerm) slot.TermNumber = outputNumbers[0];
        else _otherNumbers[hit.Result] = outputNumbers;
    }

    /// <summary>Forgets every number (the terms are numbered afresh from now on).</summary>
    public void ForgetNumbers()
    {
        for (int i = 0; i < _slots.Length; i++)
        {
            _slots[i].WordNumber = -1;
            _slots[i].TermNumber = -1;
        }
        for (int i = 0; i < _otherNumbers.Count; i++) _otherNumbers[i] = null;
    }

    private void Place(Slot slot)
    {
        int mask = _slots.Length - 1;
        int i = slot.Hash & mask;
        while (_slots[i].WordLength != 0) i = (i + 1) & mask;
        _slots[i] = slot;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        foreach (var slot in old)
        {
            if (slot.WordLength != 0) Place(slot);
        }
    }

    // FNV-1a over the characters, then mixed so that the low bits the table uses depend on every character.
    internal static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word) h = (h ^ c) * 16777619;
        h ^= h >> 15;
        h *= 0x2c1b3c6d;
        h ^= h >> 12;
        return (int)(h & 0x7fffffff);
    }

    private struct Slot
    {
        public int Hash;
        public int Start;
        public short WordLength;
        public short TermLength;
        public int Result;
        public int WordNumber;
        public int TermNumber;
    }

    /// <summary>Where a cached result lies, and the numbers of the word and its one term (-1: none).</summary>
    public readonly record struct Hit(int TermStart, int TermLength, int Result, int Slot, int WordNumber, int TermNumber)
    {
        /// <summary>Whether the result is one term at the word's own position.</summary>
        public bool IsOneTerm => Result < 0;

        /// <summary>Whether that one term is the word itself.</summary>
        public bool IsWordItself => Result == Unchanged;

        /// <summary>Whether that one term differs from the word (<see cref="Term"/> holds it).</summary>
        public bool IsNewTerm => Result == OneTerm;
    }
}

/// <summary>One term a step made of a word, with its position increment.</summary>
internal readonly record struct StepOutput(string Term, int Increment);
