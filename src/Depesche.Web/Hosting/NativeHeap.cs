using System.Runtime.InteropServices;

namespace Depesche.Web.Hosting;

/// <summary>
/// The C library's heap, which the runtime uses for its own bookkeeping (JIT, type loading, thread-local buffers):
/// glibc keeps the pages freed in its arenas mapped, so after a busy minute the server held several MB of them
/// (issue 6, docs/benchmarks.md). <c>malloc_trim</c> hands them back.
/// </summary>
internal static class NativeHeap
{
    /// <summary>Returns the C heap's free pages to the system where the C library can (glibc); elsewhere does nothing.</summary>
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has no malloc_trim): nothing to give back this way.
        }
    }

    // DllImport rather than LibraryImport: an int and a size need no marshalling, and no unsafe code is compiled.
    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
