namespace Depesche.Index;

/// <summary>One durable commit: everything upserted before it survives a crash.</summary>
/// <param name="Committed">Articles this writer had upserted when it committed.</param>
/// <param name="LastInput">The last input (path:line) the commit covers, if the caller named one.</param>
/// <param name="Time">When the commit finished.</param>
public sealed record CommitInfo(long Committed, string? LastInput, DateTimeOffset Time);
