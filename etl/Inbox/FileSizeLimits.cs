namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// The largest file of each kind that is read (checked from its metadata before reading), well
/// above real files: a national month of population is about 1 MB, a П-1 form about 10 KB.
/// Corr:MaxFileMegabytes sets one cap for every kind.
/// </summary>
public static class FileSizeLimits
{
    public static long DefaultBytes(FileKind kind) => kind switch
    {
        FileKind.Production => 50L << 20,
        FileKind.Facilities or FileKind.Products => 64L << 20,
        _ => 1024L << 20,
    };
}
