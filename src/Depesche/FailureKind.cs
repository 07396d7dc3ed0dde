namespace Depesche;

/// <summary>The kinds of user-facing failure, each with its own process exit code (README, "Exit codes").</summary>
public enum FailureKind
{
    /// <summary>Bad arguments or options (exit 2).</summary>
    Usage = 2,

    /// <summary>Some input records were rejected; the good ones were stored (exit 3).</summary>
    InputRejected = 3,

    /// <summary>Another process holds the archive's writer lock (exit 4).</summary>
    Busy = 4,

    /// <summary>No archive in the data folder, one of another schema version, or damaged index files (exit 5).</summary>
    Archive = 5,

    /// <summary>The disk is full or the data folder is not writable (exit 6).</summary>
    Storage = 6,

    /// <summary>The article asked for does not exist (exit 7).</summary>
    NotFound = 7,
}
