namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// The files some process holds open for writing, where the operating system says so (Linux:
/// /proc/&lt;pid&gt;/fd and fdinfo; processes of other users are not visible and are not counted).
/// Elsewhere nothing is known and the settle window alone decides.
/// </summary>
public static class OpenWriters
{
    public static IReadOnlySet<string> Under(string folder)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        if (!OperatingSystem.IsLinux() || !Directory.Exists("/proc"))
            return held;
        var prefix = Path.GetFullPath(folder).TrimEnd('/') + "/";
        foreach (var process in SafeEnumerate("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(process), out _))
                continue;
            foreach (var fd in SafeEnumerate(Path.Combine(process, "fd")))
            {
                try
                {
                    var target = new FileInfo(fd).LinkTarget;
                    if (target is null || !target.StartsWith(prefix, StringComparison.Ordinal) || !Writing(Path.Combine(process, "fdinfo", Path.GetFileName(fd))))
                        continue;
                    held.Add(target);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                }
            }
        }
        return held;
    }

    /// <summary>An fdinfo's "flags:" (octal) say O_WRONLY (1) or O_RDWR (2).</summary>
    private static bool Writing(string fdinfo)
    {
        foreach (var line in File.ReadLines(fdinfo))
            if (line.StartsWith("flags:", StringComparison.Ordinal))
                return (Convert.ToInt32(line[6..].Trim(), 8) & 3) != 0;
        return false;
    }

    private static IEnumerable<string> SafeEnumerate(string folder)
    {
        try
        {
            return Directory.GetFileSystemEntries(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
