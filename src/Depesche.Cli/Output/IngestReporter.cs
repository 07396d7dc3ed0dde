using System.Diagnostics;
using Depesche.Ingest;

namespace Depesche.Cli.Output;

/// <summary>
/// Shows a running ingest: on a terminal a progress bar redrawn in place (by input bytes when the total
/// is known), otherwise a plain line every few seconds; every commit and rejection gets its own line.
/// </summary>
internal sealed class IngestReporter
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);
    private readonly CliContext _context;
    private readonly long _totalBytes;
    private readonly ByteCounter? _read;
    private readonly Stopwatch _sinceLine = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private int _commitsShown;
    private bool _barVisible;

    public IngestReporter(CliContext context, long totalBytes, ByteCounter? read = null)
    {
        _context = context;
        _totalBytes = totalBytes;
        _read = read;
    }

    public void Rejected(ReadItem item)
    {
        lock (_gate)
        {
            ClearBar();
            _context.Error.WriteLine(OneLine($"{item.Place}: {item.Rejection}"));
        }
    }

    public void Progress(IngestProgress p)
    {
        lock (_gate)
        {
            if (p.Commits > _commitsShown)
            {
                _commitsShown = p.Commits;
                ClearBar();
                _context.Error.WriteLine(OneLine($"commit {p.Commits}: {p.Committed:N0} articles durable; last input: {p.LastCommittedInput ?? "-"}"));
            }
            if (_context.Interactive)
            {
                DrawBar(p);
            }
            else if (_sinceLine.Elapsed >= PlainEvery)
            {
                _sinceLine.Restart();
                // Bytes the readers consumed, as the bar counts them: a file counts whole once opened, so one large
                // file would show its full size (and a rate far too high) from the start.
                long bytes = _read?.Bytes ?? p.Bytes;
                double rate = p.Elapsed.TotalSeconds > 0 ? bytes / 1e6 / p.Elapsed.TotalSeconds : 0;
                _context.Error.WriteLine($"progress: {Counts(p)}, {bytes / 1e6:0.0} MB, {rate:0.0} MB/s");
            }
        }
    }

    public void Finish()
    {
        lock (_gate) ClearBar();
    }

    public static string Counts(IngestProgress p) =>
        $"{p.Read:N0} read, {p.Added:N0} added, {p.Replaced:N0} replaced, {p.Unchanged:N0} unchanged, {p.Rejected:N0} rejected";

    /// <summary>
    /// <paramref name="line"/> with control characters written as <c>\u000A</c>: a file name may hold a line break,
    /// and every report must stay one line that scripts can split.
    /// </summary>
    public static string OneLine(string line) => line.Any(char.IsControl)
        ? string.Concat(line.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()))
        : line;

    private void DrawBar(IngestProgress p)
    {
        const int width = 24;
        string bar;
        if (_totalBytes > 0)
        {
            // Bytes the readers consumed, when counted (a single large file fills the bar as it is read).
            long done = Math.Min(_read?.Bytes ?? p.Bytes, _totalBytes);
            int filled = (int)(done * width / _totalBytes);
            bar = $"[{new string('#', filled)}{new string('.', width - filled)}] {done * 100 / _totalBytes,3}%";
        }
        else
        {
            bar = $"[{new string('.', width)}]";
        }
        long bytes = _read?.Bytes ?? p.Bytes;
        double rate = p.Elapsed.TotalSeconds > 0 ? bytes / 1e6 / p.Elapsed.TotalSeconds : 0;
        _context.Error.Write($"\r{bar} {p.Read:N0} articles, {rate:0.0} MB/s, {p.Committed:N0} committed\u001b[K");
        _barVisible = true;
    }

    private void ClearBar()
    {
        if (!_barVisible) return;
        _context.Error.Write("\r\u001b[K");
        _barVisible = false;
    }
}
