using System.Runtime.InteropServices;

namespace CorrAnalytics.Etl.Inbox;

/// <summary>
/// What an inbox entry is, asked of the file system without following or opening it: only a
/// regular file is read. (A FIFO would block the reader; a link could point anywhere.)
/// </summary>
public static class EntryKind
{
    /// <summary>Null for a regular file, else what it is ("a symbolic link", "a FIFO (named pipe)", …).</summary>
    public static string? NotRegular(FileSystemInfo entry)
    {
        if (entry.LinkTarget is not null)
            return "a symbolic link";
        if (entry is DirectoryInfo)
            return "a folder";
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
            return null; // Windows has no FIFOs or devices among ordinary files
        return Mode(entry.FullName) switch
        {
            null or 0x8000 => null,          // S_IFREG (or not known: treated as a file, read with its size checked)
            0x1000 => "a FIFO (named pipe)", // S_IFIFO
            0x2000 => "a character device",  // S_IFCHR
            0x6000 => "a block device",      // S_IFBLK
            0xC000 => "a socket",            // S_IFSOCK
            0xA000 => "a symbolic link",     // S_IFLNK
            0x4000 => "a folder",            // S_IFDIR
            _ => "not a regular file",
        };
    }

    // lstat(2): the entry itself, never what a link points to. struct stat's st_mode sits at byte 24
    // on x86-64 Linux and at byte 16 on arm64 Linux and macOS.
    private static int? Mode(string path)
    {
        var buffer = new byte[256];
        if (LStat(path, buffer) != 0)
            return null;
        var offset = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64 ? 24 : 16;
        var mode = OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer, 4) : BitConverter.ToUInt32(buffer, offset);
        return (int)(mode & 0xF000);
    }

    [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);
}
