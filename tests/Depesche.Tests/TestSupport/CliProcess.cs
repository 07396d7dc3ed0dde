using System.Collections.Concurrent;
using System.Diagnostics;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// The <c>depesche</c> command line as a child process (the build beside the tests), for what an in-process
/// run cannot show: a SIGKILL, two processes on one data folder, an exit code and peak memory of its own.
/// Lines of stdout and stderr are collected as they come; <see cref="PeakRssKb"/> samples the kernel's
/// high-water mark (VmHWM) every 20 ms while it runs.
/// </summary>
public sealed class CliProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _error = new();
    private Task _sampling = Task.CompletedTask;
    private long _peakRssKb;

    private CliProcess(Process process) => _process = process;

    /// <summary>Fired for every stderr line, on a thread of its own.</summary>
    public event Action<string>? ErrorLine;

    /// <summary>The child's process id.</summary>
    public int Id => _process.Id;

    /// <summary>The stdout lines so far.</summary>
    public IReadOnlyList<string> Out => _out.ToList();

    /// <summary>The stderr lines so far.</summary>
    public IReadOnlyList<string> Error => _error.ToList();

    /// <summary>The largest resident set seen (kB): VmHWM from /proc, 0 where there is none.</summary>
    public long PeakRssKb => Interlocked.Read(ref _peakRssKb);

    /// <summary>Starts <c>depesche <paramref name="args"/></c>.</summary>
    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Depesche.Cli.dll"));
        foreach (string arg in args) start.ArgumentList.Add(arg);
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new CliProcess(process);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) child._out.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            child._error.Enqueue(e.Data);
            child.ErrorLine?.Invoke(e.Data);
        };
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        child._sampling = Task.Run(child.SampleMemory);
        return child;
    }

    /// <summary>Runs <c>depesche <paramref name="args"/></c> to its end (at most <paramref name="timeout"/>, default 2 minutes).</summary>
    public static CliProcess Run(string[] args, TimeSpan? timeout = null)
    {
        var child = Start(args);
        child.WaitForExit(timeout ?? TimeSpan.FromMinutes(2));
        return child;
    }

    /// <summary>Whether it has ended.</summary>
    public bool HasExited => _process.HasExited;

    /// <summary>The exit code (after it ended).</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>Waits for the end and for all its output; kills it and fails after <paramref name="timeout"/>.</summary>
    public void WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            Kill();
            throw new Xunit.Sdk.XunitException($"depesche did not end within {timeout.TotalSeconds:0} s; stderr:\n{string.Join('\n', Error.TakeLast(20))}");
        }
        _process.WaitForExit(); // drains the output readers
        _sampling.Wait();
    }

    /// <summary>Waits at most <paramref name="timeout"/>; true when it ended.</summary>
    public bool WaitForExitOrTimeout(TimeSpan timeout) => _process.WaitForExit(timeout);

    /// <summary>SIGKILL: the process ends at once, mid-write or not, as in a crash or power cut of the process.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill();
        }
        catch (InvalidOperationException)
        {
            // It had already ended.
        }
        _process.WaitForExit();
        _sampling.Wait();
    }

    /// <summary>The output as one text, for failure messages.</summary>
    public override string ToString() => $"exit {(HasExited ? ExitCode : -1)}\nstdout:\n{string.Join('\n', Out.TakeLast(20))}\nstderr:\n{string.Join('\n', Error.TakeLast(20))}";

    public void Dispose()
    {
        if (!HasExited) Kill();
        _process.Dispose();
    }

    private async Task SampleMemory()
    {
        string status = $"/proc/{_process.Id}/status";
        while (!_process.HasExited)
        {
            try
            {
                foreach (string line in File.ReadLines(status))
                {
                    if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                    long kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
                    if (kb > Interlocked.Read(ref _peakRssKb)) Interlocked.Exchange(ref _peakRssKb, kb);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
            {
                // Gone between the check and the read, or no /proc here.
            }
            await Task.Delay(20);
        }
    }
}
