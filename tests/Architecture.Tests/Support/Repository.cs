using System.Diagnostics;

namespace CorrAnalytics.Architecture.Tests.Support;

/// <summary>The checkout the tests run in: its root folder and the files it tracks.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>Tracked files relative to the root, with '/' separators (git's list, or the tree without build output when git is absent).</summary>
    public static IReadOnlyList<string> TrackedFiles()
    {
        try
        {
            var git = Process.Start(new ProcessStartInfo("git", "ls-files -z")
            {
                WorkingDirectory = Root,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var output = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            if (git.ExitCode == 0)
                return output.Split('\0', StringSplitOptions.RemoveEmptyEntries);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            // no git on this machine: walk the tree
        }
        return Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Where(path => !path.Split('/').Any(part => part is ".git" or "bin" or "obj"))
            .ToList();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CorrAnalytics.sln")))
                return dir.FullName;
        throw new InvalidOperationException($"No CorrAnalytics.sln above {AppContext.BaseDirectory}.");
    }
}
