using CorrAnalytics.Warehouse.Time;
using CorrAnalytics.Warehouse.Files;
using System.Globalization;
using CorrAnalytics.Etl.Archive;
using System.Security.Cryptography;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// The archive (every file received, by SHA-256, never changed afterwards) and the quarantine
/// (refused files under the day they came, by their own names made safe, each with a .reason.txt).
/// A name can never reach outside these folders: separators and control characters become '_'.
/// </summary>
public sealed class FileStore(string dataDir, ProductClock clock)
{
    private static readonly string[] KnownExtensions = [".csv", ".xlsx"];

    public string ArchiveDir { get; } = Path.Combine(dataDir, "archive");

    public string QuarantineDir { get; } = Path.Combine(dataDir, "quarantine");

    public static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public string ArchivePath(string sha256, string originalName) =>
        Path.Combine(ArchiveDir, sha256[..2], sha256 + SafeExtension(originalName));

    /// <summary>
    /// Copies the bytes into the archive unless that hash is there already, and notes in its sidecar
    /// that they came in now under <paramref name="originalName"/> (<see cref="ArchiveEntry"/>); returns the path.
    /// </summary>
    public string Archive(byte[] bytes, string sha256, string originalName, string kind, string? slice)
    {
        var path = ArchivePath(sha256, originalName);
        if (!File.Exists(path))
            AtomicFile.WriteAllBytes(path, bytes);
        var entry = ArchiveEntry.Read(path) ?? new ArchiveEntry(sha256, bytes.LongLength, []);
        entry.With(new Receipt(originalName, kind, slice, clock.UtcDateTime, null)).Write(path);
        return path;
    }

    /// <summary>Notes in the sidecar of the blob at <paramref name="archived"/> that its batch <paramref name="batch"/> was reverted by <paramref name="revertBatch"/> at <paramref name="at"/>.</summary>
    public static void Reverted(string? archived, long batch, long revertBatch, DateTime at) =>
        Update(archived, entry => entry.Reverts.Any(r => r.Batch == batch) ? entry : entry with { Reverts = [.. entry.Reverts, new RevertNote(batch, revertBatch, at)] });

    /// <summary>Notes in the sidecar of the blob at <paramref name="archived"/> the batch its latest receipt under <paramref name="name"/> became.</summary>
    public static void Settled(string? archived, string name, string kind, string? slice, DateTime at, long batch) =>
        Update(archived, entry => entry.Settled(name, kind, slice, at, batch));

    private static void Update(string? archived, Func<ArchiveEntry, ArchiveEntry> change)
    {
        if (archived is null || !File.Exists(archived))
            return;
        try
        {
            change(ArchiveEntry.Read(archived) ?? new ArchiveEntry(Path.GetFileNameWithoutExtension(archived), new FileInfo(archived).Length, [])).Write(archived);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // After the commit the batch is the warehouse's; a receipt left without it still names the file (a full disk must not undo a load).
        }
    }

    /// <summary>Puts a copy of a refused file in quarantine with a reason file beside it; returns the copy's path.</summary>
    public string Quarantine(byte[] bytes, string sha256, QuarantineEntry entry, string reason)
    {
        var path = QuarantinePath(entry.FileName);
        AtomicFile.WriteAllBytes(path, bytes);
        WriteReason(path, entry, sha256, reason);
        return path;
    }

    /// <summary>Moves an entry that was never opened (a link, a FIFO, a folder, a file too large) into quarantine as it is, with its reason.</summary>
    public void QuarantineUnopened(string path, QuarantineEntry entry, string reason)
    {
        var target = QuarantinePath(entry.FileName);
        if (Directory.Exists(path) && (File.GetAttributes(path) & FileAttributes.ReparsePoint) == 0)
            Directory.Move(path, target);
        else if (File.Exists(path) || new FileInfo(path).LinkTarget is not null)
            File.Move(path, target);
        WriteReason(target, entry, null, reason);
    }

    /// <summary>
    /// quarantine/&lt;day&gt;/&lt;name&gt;, the day in the configured zone, the folder created; a name taken that
    /// day gets " (2)", " (3)" … before its extension.
    /// </summary>
    private string QuarantinePath(string originalName)
    {
        var day = clock.LocalNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var folder = Directory.CreateDirectory(Path.Combine(QuarantineDir, day)).FullName;
        var name = SafeName(originalName);
        var (stem, extension) = (Path.GetFileNameWithoutExtension(name), Path.GetExtension(name));
        var path = Path.Combine(folder, name);
        for (var n = 2; Path.Exists(path) || File.Exists(path + QuarantinedFile.ReasonSuffix); n++)
            path = Path.Combine(folder, $"{stem} ({n}){extension}");
        return path;
    }

    /// <summary>The name as received, with separators and control characters as '_' and at most 200 characters.</summary>
    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => c is '/' or '\\' || char.IsControl(c) ? '_' : c).ToArray());
        safe = safe.Trim() is "" or "." or ".." ? "_" + safe : safe;
        return safe.Length <= 200 ? safe : safe[..190] + Path.GetExtension(safe)[..Math.Min(10, Path.GetExtension(safe).Length)];
    }

    private void WriteReason(string path, QuarantineEntry entry, string? sha256, string reason)
    {
        var received = clock.LocalNow;
        var lines = new List<string> { $"file: {entry.FileName}" };
        if (entry.Kind is not null) lines.Add($"kind: {entry.Kind}");
        if (entry.Slice is not null) lines.Add($"slice: {entry.Slice}");
        if (entry.Batch is not null) lines.Add($"batch: {entry.Batch}");
        if (sha256 is not null) lines.Add($"sha256: {sha256}");
        lines.Add($"received: {received:yyyy-MM-dd HH:mm:ss} ({clock.Zone.Id})");
        lines.Add($"reason: {reason.ReplaceLineEndings(" ")}");
        AtomicFile.WriteAllText(path + QuarantinedFile.ReasonSuffix, string.Join("\n", lines) + "\n");
    }

    private static string SafeExtension(string name)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        return KnownExtensions.Contains(extension) ? extension : ".bin";
    }
}
