namespace Depesche.Ingest;

/// <summary>
/// The files under a folder, depth first in ordinal name order so that runs are repeatable. Hidden entries
/// (a leading dot or the hidden attribute) are skipped, and symbolic links to folders are not followed,
/// which rules out loops.
/// </summary>
internal static class FolderWalk
{
    private static readonly EnumerationOptions ListOnly = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    /// <summary>
    /// Each file path under <paramref name="root"/> that <paramref name="include"/> accepts; a folder that
    /// cannot be listed comes as its own path with a <c>Problem</c>.
    /// </summary>
    public static IEnumerable<(string Path, string? Problem)> Files(string root, Func<string, bool> include)
    {
        var pending = new Stack<FileSystemInfo>();
        pending.Push(new DirectoryInfo(root));
        while (pending.Count > 0)
        {
            var entry = pending.Pop();
            if (entry is not DirectoryInfo folder)
            {
                if (include(entry.FullName)) yield return (entry.FullName, null);
                continue;
            }
            FileSystemInfo[] children;
            string? problem = null;
            try
            {
                children = folder.GetFileSystemInfos("*", ListOnly);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                children = [];
                problem = $"cannot list folder: {e.Message}";
            }
            if (problem is not null)
            {
                yield return (folder.FullName, problem);
                continue;
            }
            foreach (var child in children.OrderByDescending(c => c.Name, StringComparer.Ordinal))
                if (!IsHidden(child) && !(child is DirectoryInfo && child.LinkTarget is not null))
                    pending.Push(child);
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
