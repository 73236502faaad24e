using CorrAnalytics.Warehouse.Files;
using System.Globalization;
using System.Security.Cryptography;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The archive (every file received, by SHA-256, never changed afterwards) and the quarantine
/// (refused files with a .reason.txt). Names are made from the hash and the time, never from
/// the received file name, so no name can reach outside these folders.
/// </summary>
public sealed class FileStore(string dataDir, TimeProvider clock)
{
    private static readonly string[] KnownExtensions = [".csv", ".xlsx"];

    public string ArchiveDir { get; } = Path.Combine(dataDir, "archive");

    public string QuarantineDir { get; } = Path.Combine(dataDir, "quarantine");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string ArchivePath(string sha256, string originalName) =>
        Path.Combine(ArchiveDir, sha256[..2], sha256 + SafeExtension(originalName));

    /// <summary>Copies the bytes into the archive unless that hash is there already; returns the path.</summary>
    public string Archive(byte[] bytes, string sha256, string originalName)
    {
        var path = ArchivePath(sha256, originalName);
        if (File.Exists(path))
            return path;
        AtomicFile.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Puts a copy of a refused file in quarantine with a reason file beside it; returns the copy's path.</summary>
    public string Quarantine(byte[] bytes, string sha256, string originalName, string reason)
    {
        var path = QuarantinePath($"{sha256[..16]}{SafeExtension(originalName)}");
        AtomicFile.WriteAllBytes(path, bytes);
        WriteReason(path, $"file: {originalName}\nsha256: {sha256}\n", reason);
        return path;
    }

    /// <summary>Moves an entry that was never opened (a link, a FIFO, a folder, a file too large) into quarantine as it is, with its reason.</summary>
    public void QuarantineUnopened(string path, string originalName, string reason)
    {
        var target = QuarantinePath(originalName);
        if (Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0)
            Directory.Move(path, target);
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            File.Move(path, target);
        WriteReason(target, $"file: {originalName}\n", reason);
    }

    /// <summary>quarantine/&lt;time&gt;_&lt;name&gt;, the folder created.</summary>
    private string QuarantinePath(string name)
    {
        Directory.CreateDirectory(QuarantineDir);
        return Path.Combine(QuarantineDir, $"{clock.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture)}_{name}");
    }

    private void WriteReason(string path, string identity, string reason) =>
        AtomicFile.WriteAllText(path + ".reason.txt", $"{identity}received: {clock.GetUtcNow():yyyy-MM-dd HH:mm:ss} UTC\nreason: {reason}\n");

    private static string SafeExtension(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return KnownExtensions.Contains(extension) ? extension : ".bin";
    }
}
