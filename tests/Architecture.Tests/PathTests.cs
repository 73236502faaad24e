using CorrAnalytics.Architecture.Tests.Support;

namespace CorrAnalytics.Architecture.Tests;

/// <summary>A checkout on Windows or macOS (case-insensitive file systems) holds the same files as on Linux.</summary>
public class PathTests
{
    [Fact]
    public void No_two_tracked_paths_differ_only_in_case()
    {
        var files = Repository.TrackedFiles();
        Assert.NotEmpty(files);
        // Folders collide too: warehouse/Checks/x.cs and warehouse/checks/y.sql are one folder on Windows.
        var paths = files.SelectMany(Prefixes).Distinct(StringComparer.Ordinal);
        var collisions = paths
            .GroupBy(path => path, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => string.Join(" / ", group))
            .ToList();
        Assert.True(collisions.Count == 0, "Paths that differ only in case: " + string.Join("; ", collisions));
    }

    private static IEnumerable<string> Prefixes(string path)
    {
        var parts = path.Split('/');
        for (var i = 1; i <= parts.Length; i++)
            yield return string.Join('/', parts.Take(i));
    }
}
