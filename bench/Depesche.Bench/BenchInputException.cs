namespace Depesche.Bench;

/// <summary>A missing or unreadable input, reported as one line with its place.</summary>
internal sealed class BenchInputException(string message) : Exception(message);
