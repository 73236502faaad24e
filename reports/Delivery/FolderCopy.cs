using CorrAnalytics.Reports.Common;
using CorrAnalytics.Warehouse.Files;

namespace CorrAnalytics.Reports.Delivery;

/// <summary>
/// A publication's files and manifest copied into &lt;folder&gt;/&lt;period&gt; (a network share): each written
/// under a temporary name and moved into place, so a reader never opens half a file, then read back
/// and compared with the SHA-256 it was published with.
/// </summary>
public static class FolderCopy
{
    public static void To(string folder, string period, IReadOnlyList<string> files, string manifest)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, period)).FullName;
        foreach (var file in files.Append(manifest))
        {
            var copy = Path.Combine(target, Path.GetFileName(file));
            AtomicFile.Write(copy, temp => File.Copy(file, temp, overwrite: true));
            if (ReportManifest.Describe(copy).Sha256 != ReportManifest.Describe(file).Sha256)
                throw new IOException($"{copy} does not read back as the file copied");
        }
    }
}
