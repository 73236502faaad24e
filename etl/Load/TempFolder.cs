namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Where a load writes its temporary copies (the UTF-8 text DuckDB reads): &lt;data&gt;/tmp, readable by
/// its owner only, never the shared /tmp, since the copies hold personal data. A run starts by
/// removing what a killed run left there (one writer at a time, so nothing there is in use).
/// </summary>
public sealed class TempFolder(string dataDir)
{
    public string Path { get; } = System.IO.Path.Combine(dataDir, "tmp");

    /// <summary>Creates the folder (owner-only) and removes stale files; returns how many were removed.</summary>
    public int Prepare()
    {
        if (OperatingSystem.IsWindows())
            Directory.CreateDirectory(Path);
        else
            Directory.CreateDirectory(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var stale = Directory.GetFiles(Path);
        foreach (var file in stale)
            File.Delete(file);
        return stale.Length;
    }

    /// <summary>Writes text to a new owner-only file in the folder and returns its path.</summary>
    public string Write(string text, string extension)
    {
        using var writer = CreateText(extension, out var path);
        writer.Write(text);
        return path;
    }

    /// <summary>A new owner-only UTF-8 file in the folder, open for writing.</summary>
    public StreamWriter CreateText(string extension, out string path)
    {
        Directory.CreateDirectory(Path);
        path = System.IO.Path.Combine(Path, $"corr-{Guid.NewGuid():N}{extension}");
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        return new StreamWriter(path, Common.SourceFormats.Utf8, options);
    }
}
