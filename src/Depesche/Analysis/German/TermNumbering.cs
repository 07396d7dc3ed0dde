using System.Text;

namespace Depesche.Analysis.German;

/// <summary>
/// Numbers a field's terms in the order they are first seen, and keeps each term's UTF-8 bytes (what a segment
/// lists). Open addressing: a slot holds the term's hash, number and where its characters are, so a look-up reads one
/// slot and the characters. The indexing side (<c>Index.BatchInversion</c>) keeps its postings by these numbers;
/// <see cref="CachedSteps"/> can remember them beside each cached word, so that most tokens need no look-up at all.
/// Distinct characters are distinct UTF-8 bytes here, as a segment needs: articles hold no lone surrogates
/// (<see cref="Articles.Whitespace"/> replaces them). Not thread-safe.
/// </summary>
internal sealed class TermNumbering
{
    private struct Slot
    {
        public int Hash, Number, Start, Length;
    }

    private Slot[] _slots = new Slot[1 << 14];
    private char[] _chars = new char[1 << 16];
    private int _charsUsed;
    private readonly List<byte[]> _bytes = [];

    /// <summary>Terms numbered so far (numbers run from 0 to this, exclusive).</summary>
    public int Count => _bytes.Count;

    /// <summary>The UTF-8 bytes of term <paramref name="number"/>.</summary>
    public byte[] Bytes(int number) => _bytes[number];

    /// <summary>The number of <paramref name="term"/>, given the next free one if it is new.</summary>
    public int Number(ReadOnlySpan<char> term)
    {
        // The word cache's hash, made odd: 0 marks an empty slot.
        int hash = StepCache.Hash(term) | 1;
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref _slots[i];
            if (slot.Hash == 0)
            {
                if (_charsUsed + term.Length > _chars.Length) Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _charsUsed + term.Length));
                term.CopyTo(_chars.AsSpan(_charsUsed));
                int number = _bytes.Count;
                slot = new Slot { Hash = hash, Number = number, Start = _charsUsed, Length = term.Length };
                _charsUsed += term.Length;
                var bytes = new byte[Encoding.UTF8.GetByteCount(term)];
                Encoding.UTF8.GetBytes(term, bytes);
                _bytes.Add(bytes);
                if (_bytes.Count * 2 > _slots.Length) Grow();
                return number;
            }
            if (slot.Hash == hash && _chars.AsSpan(slot.Start, slot.Length).SequenceEqual(term)) return slot.Number;
        }
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (var s in old)
        {
            if (s.Hash == 0) continue;
            int i = s.Hash & mask;
            while (_slots[i].Hash != 0) i = (i + 1) & mask;
            _slots[i] = s;
        }
    }
}
