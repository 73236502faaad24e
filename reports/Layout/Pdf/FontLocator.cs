namespace CorrAnalytics.Reports.Layout.Pdf;

/// <summary>
/// Finds DejaVu Sans (regular, bold, oblique, bold oblique): in the configured folder, then
/// CORR_FONTS_DIR, then the usual system font folders.
/// </summary>
public sealed class FontLocator
{
    public const string Family = "DejaVu Sans";

    private static readonly Dictionary<(bool Bold, bool Italic), string> Files = new()
    {
        [(false, false)] = "DejaVuSans.ttf",
        [(true, false)] = "DejaVuSans-Bold.ttf",
        [(false, true)] = "DejaVuSans-Oblique.ttf",
        [(true, true)] = "DejaVuSans-BoldOblique.ttf",
    };

    private FontLocator(IReadOnlyList<string> folders) => Searched = folders;

    /// <summary>A locator that looks only in the given folders.</summary>
    public static FontLocator Only(params string[] folders) => new(folders);

    public FontLocator(string? configuredFolder = null)
    {
        Searched = new[]
        {
            configuredFolder,
            Environment.GetEnvironmentVariable("CORR_FONTS_DIR"),
            "/usr/share/fonts/truetype/dejavu",
            "/usr/share/fonts/dejavu",
            "/usr/share/fonts/TTF",
            "/usr/local/share/fonts",
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.Windows), "Fonts"),
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), "Library", "Fonts"),
        }.Where(f => !string.IsNullOrEmpty(f) && f != "Fonts").Select(f => f!).Distinct().ToList();
    }

    public IReadOnlyList<string> Searched { get; }

    public string PathOf(bool bold, bool italic)
    {
        var file = Files[(bold, italic)];
        foreach (var folder in Searched)
        {
            var path = Path.Combine(folder, file);
            if (File.Exists(path))
                return path;
        }
        throw new FontException(
            $"The font file {file} ({Family}) was not found in: {string.Join(", ", Searched)}. " +
            "Install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) or set the environment variable CORR_FONTS_DIR to a folder holding the DejaVu Sans .ttf files.");
    }
}
