using System.Diagnostics;

namespace Depesche.Tests.TestSupport;

/// <summary>
/// A tmpfs of a few megabytes mounted on a fresh temp folder, to fill up or turn read-only: a real
/// "No space left on device" and "Read-only file system" from the kernel, which chmod cannot give a test
/// that runs as root (as CI does). Mounting needs root; <see cref="TryMount"/> says why it could not.
/// </summary>
public sealed class SmallDisk : IDisposable
{
    private SmallDisk(string path) => Path = path;

    /// <summary>Where it is mounted.</summary>
    public string Path { get; }

    /// <summary>Mounts a tmpfs of <paramref name="megabytes"/> MB, or returns null with the reason.</summary>
    public static SmallDisk? TryMount(int megabytes, out string problem)
    {
        problem = "";
        if (!OperatingSystem.IsLinux()) { problem = "tmpfs needs Linux"; return null; }
        if (Environment.UserName != "root") { problem = "mounting a tmpfs needs root"; return null; }
        string path = Directory.CreateTempSubdirectory("depesche-disk-").FullName;
        if (Mount("-t", "tmpfs", "-o", $"size={megabytes}m,mode=0755", "tmpfs", path) is { } error)
        {
            Directory.Delete(path);
            problem = $"mount failed: {error}";
            return null;
        }
        return new SmallDisk(path);
    }

    /// <summary>The full path of <paramref name="relativePath"/> on the disk.</summary>
    public string PathOf(string relativePath) => System.IO.Path.Combine(Path, relativePath);

    /// <summary>Remounts it read-only: every write fails with EROFS, for root too.</summary>
    public void MakeReadOnly() => Remount("remount,ro");

    /// <summary>Remounts it writable with room for <paramref name="megabytes"/> MB.</summary>
    public void Grow(int megabytes) => Remount($"remount,rw,size={megabytes}m");

    public void Dispose()
    {
        Run("umount", "-l", Path);
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private void Remount(string options)
    {
        if (Mount("-o", options, Path) is { } error) throw new InvalidOperationException($"mount -o {options} failed: {error}");
    }

    private static string? Mount(params string[] args) => Run("mount", args);

    private static string? Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string arg in args) start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            string error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? null : error.Trim();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            return e.Message;
        }
    }
}
