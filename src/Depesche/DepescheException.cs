namespace Depesche;

/// <summary>
/// A user-facing failure (a missing archive, a busy writer, a full disk): one clear line and a
/// documented exit code, never a stack trace.
/// </summary>
public sealed class DepescheException : Exception
{
    /// <summary>A failure of <paramref name="kind"/> described by <paramref name="message"/>.</summary>
    public DepescheException(FailureKind kind, string message, Exception? inner = null) : base(message, inner) => Kind = kind;

    /// <summary>What went wrong, which also decides the exit code.</summary>
    public FailureKind Kind { get; }
}
