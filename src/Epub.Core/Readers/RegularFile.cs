using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Epub.Readers;

/// <summary>
/// A file a page names beside it, read only when it is a regular file, and within a limit.
/// .NET's File API cannot tell a FIFO, a socket or a device from a file (opening a FIFO blocks
/// until a writer comes, and /dev/zero never ends) and resolves no symbolic links inside a path;
/// on Linux stat(2), realpath(3), open(2) and fstat(2) are called directly (LibraryImport: no
/// reflection, NativeAOT-safe; the CLI's InputFiles does the same for the inputs themselves).
/// </summary>
internal static partial class RegularFile
{
    private const int S_IFMT = 0xF000, S_IFREG = 0x8000, S_IFDIR = 0x4000, S_IFIFO = 0x1000, S_IFSOCK = 0xC000, S_IFCHR = 0x2000, S_IFBLK = 0x6000;

    // The same values on every Linux architecture .NET runs on (O_NOFOLLOW, which differs, is not used).
    private const int O_RDONLY = 0, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;

    private const int PathMax = 4096;

    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "fstat", SetLastError = true)]
    private static partial int FStat(int fd, [Out] byte[] buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint RealPath(string path, [Out] byte[] resolved);

    /// <summary>Where st_mode sits in struct stat (after st_dev, st_ino and, on x86-64 only, a 64-bit st_nlink); null off Linux.</summary>
    private static int? ModeOffset => !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 or Architecture.RiscV64 or Architecture.LoongArch64 => 16,
        _ => null,
    };

    /// <summary>Device, inode and type of what stat filled in; st_dev and st_ino lead the struct everywhere, st_size sits at 48 on both layouts.</summary>
    private static (ulong Device, ulong Inode, int Type, long Size) Fields(byte[] buffer, int modeOffset) =>
        (BitConverter.ToUInt64(buffer, 0), BitConverter.ToUInt64(buffer, 8), BitConverter.ToInt32(buffer, modeOffset) & S_IFMT, BitConverter.ToInt64(buffer, 48));

    /// <summary>
    /// The path with every symbolic link in it resolved, as the file system will follow them;
    /// null when it names nothing (a missing file, a dangling link).
    /// </summary>
    public static string? Resolve(string path)
    {
        if (ModeOffset is null)
        {
            // Off Linux: the final link only (intermediate folders as named).
            var info = new FileInfo(path);
            if (!info.Exists && !Directory.Exists(path)) return null;
            return info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        }
        var buffer = new byte[PathMax];
        if (RealPath(path, buffer) == 0) return null;
        return Encoding.UTF8.GetString(buffer, 0, Array.IndexOf(buffer, (byte)0));
    }

    /// <summary>
    /// The file's bytes, or null with the reason: not a regular file (checked before it is
    /// opened, and again on what was opened), larger than the limit (counted while reading, not
    /// taken from its size, which a file that grows or a /proc file misstates), unreadable.
    /// </summary>
    /// <remarks>
    /// With <paramref name="insideFolder"/> (a resolved folder), the file opened must be inside it
    /// as the kernel names what was opened: the path was checked when its links were resolved,
    /// and a folder on it swapped for a link between that check and the open would otherwise
    /// lead anywhere.
    /// </remarks>
    public static byte[]? Read(string path, int limit, out string? refusal, string? insideFolder = null)
    {
        if (ModeOffset is not int modeOffset) return ReadManaged(path, limit, out refusal);
        var status = new byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        if (Stat(path, status) != 0) { refusal = Unreadable(Marshal.GetLastPInvokeError()); return null; }
        var before = Fields(status, modeOffset);
        if ((refusal = NotRegular(before.Type)) is not null) return null;
        if (before.Size > limit) { refusal = TooLarge(limit); return null; }

        // O_NONBLOCK: should the path have become a FIFO since stat, opening it does not wait for a writer.
        var fd = Open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) { refusal = Unreadable(Marshal.GetLastPInvokeError()); return null; }
        if (FStat(fd, status) != 0 || Fields(status, modeOffset) is var opened && (opened.Device, opened.Inode, opened.Type) != (before.Device, before.Inode, S_IFREG))
        {
            Close(fd);
            refusal = "changed while it was being opened";
            return null;
        }
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        if (insideFolder is not null && Resolve($"/proc/self/fd/{fd}") is var openedPath && (openedPath is null || !IsInside(openedPath, insideFolder)))
        {
            refusal = "changed while it was being opened (it is no longer inside the page's folder)";
            return null;
        }
        return ReadLimited(handle, limit, out refusal);
    }

    /// <summary>Whether a resolved path lies inside a resolved folder.</summary>
    public static bool IsInside(string path, string folder) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static byte[]? ReadManaged(string path, int limit, out string? refusal)
    {
        refusal = null;
        var info = new FileInfo(path);
        if (!info.Exists || (info.Attributes & (FileAttributes.Directory | FileAttributes.Device)) != 0) { refusal = "is not a regular file"; return null; }
        try
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return ReadLimited(handle, limit, out refusal);
        }
        catch (UnauthorizedAccessException) { refusal = "cannot be read (permission denied)"; return null; }
        catch (IOException e) { refusal = $"cannot be read ({e.Message})"; return null; }
    }

    /// <summary>Reads to the end, refusing as soon as more than the limit has come.</summary>
    private static byte[]? ReadLimited(SafeFileHandle handle, int limit, out string? refusal)
    {
        refusal = null;
        var buffer = new byte[Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (length > limit) { refusal = TooLarge(limit); return null; }
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, limit + 1L));
                }
                var read = RandomAccess.Read(handle, buffer.AsSpan(length), length);
                if (read == 0) break;
                length += read;
            }
        }
        catch (IOException e) { refusal = $"could not be read to its end ({e.Message})"; return null; }
        if (length > limit) { refusal = TooLarge(limit); return null; }
        return buffer[..length];
    }

    private static string? NotRegular(int type) => type switch
    {
        S_IFREG => null,
        S_IFDIR => "is not a regular file (a folder)",
        S_IFIFO => "is not a regular file (a named pipe)",
        S_IFSOCK => "is not a regular file (a socket)",
        S_IFCHR or S_IFBLK => "is not a regular file (a device)",
        _ => "is not a regular file",
    };

    private static string TooLarge(int limit) => $"is larger than {limit / (1024 * 1024)} MiB";

    private static string Unreadable(int errno) => errno switch
    {
        2 => "is missing",
        13 => "cannot be read (permission denied)",
        _ => $"cannot be read ({Marshal.GetPInvokeErrorMessage(errno)})",
    };
}
