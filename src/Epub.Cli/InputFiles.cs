using System.Runtime.InteropServices;
using System.Text;
using Epub.Readers;

namespace Epub.Cli;

/// <summary>A file as the file system knows it, whatever path names it (links resolved): device and inode.</summary>
internal readonly record struct FileIdentity(ulong Device, ulong Inode);

/// <summary>
/// Inputs checked as the file system has them before a byte is read, and read within the size
/// limit. .NET's File API cannot tell a FIFO, a socket or a device from a file (File.Exists is
/// true for all; opening a FIFO blocks until a writer comes, uninterruptibly), cannot say which
/// paths name the same file, and cannot open a name that is not valid UTF-8; stat(2) and open(2)
/// can, so on Linux they are called directly (LibraryImport: no reflection, NativeAOT-safe).
/// </summary>
internal static unsafe partial class InputFiles
{
    /// <summary>Linux's PATH_MAX, the terminating NUL included.</summary>
    private const int PathMax = 4096;

    private const int ENOENT = 2, EACCES = 13, ENOTDIR = 20, ENAMETOOLONG = 36, ELOOP = 40;
    private const int S_IFMT = 0xF000, S_IFREG = 0x8000, S_IFDIR = 0x4000, S_IFIFO = 0x1000, S_IFSOCK = 0xC000, S_IFCHR = 0x2000, S_IFBLK = 0x6000;
    private const int O_RDONLY = 0, O_NONBLOCK = 0x800, O_CLOEXEC = 0x80000;

    [LibraryImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static partial int Stat(byte* path, byte* buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static partial int Open(byte* path, int flags);

    [LibraryImport("libc", EntryPoint = "read", SetLastError = true)]
    private static partial nint ReadFile(int fd, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    private const int EINTR = 4;

    /// <summary>
    /// Where st_mode sits in struct stat: after st_dev, st_ino and (on x86-64 only) a 64-bit
    /// st_nlink. st_dev and st_ino come first on every Linux architecture .NET runs on.
    /// </summary>
    private static int? ModeOffset => !OperatingSystem.IsLinux() ? null : RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 => 24,
        Architecture.Arm64 or Architecture.RiscV64 or Architecture.LoongArch64 => 16,
        _ => null,
    };

    private readonly record struct Status(FileIdentity Identity, int Type, long Size);

    /// <summary>stat(2), following links; the errno when it fails.</summary>
    private static Status? StatPath(byte[] path, out int errno)
    {
        errno = 0;
        if (ModeOffset is not int modeOffset) return null;
        var buffer = stackalloc byte[256]; // struct stat is 144 bytes on x86-64, 128 on arm64
        fixed (byte* p = path)
        {
            if (Stat(p, buffer) != 0)
            {
                errno = Marshal.GetLastPInvokeError();
                return null;
            }
        }
        var identity = new FileIdentity(*(ulong*)buffer, *(ulong*)(buffer + 8));
        var mode = *(int*)(buffer + modeOffset);
        // st_size follows st_mode, st_uid, st_gid (and padding), st_rdev: at 48 on both layouts.
        return new(identity, mode & S_IFMT, *(long*)(buffer + 48));
    }

    /// <summary>
    /// Whether the path names a regular file (links followed), as stat(2) says: a FIFO in a
    /// folder would block whoever opens it. Off Linux, whether it exists as a file.
    /// </summary>
    public static bool IsRegularFile(string path) =>
        ModeOffset is null ? File.Exists(path) : StatPath(NativePath(path), out _) is { Type: S_IFREG };

    /// <summary>The file a path names (links followed), or null when there is none (or off Linux).</summary>
    public static FileIdentity? Identify(string path) => StatPath(NativePath(path), out _)?.Identity;

    /// <summary>
    /// The input's bytes, or an <see cref="InputException"/> saying why there are none: no such
    /// file, a folder, not a regular file (a FIFO would block, a device never ends), too large
    /// (checked while reading, for files that grow), unreadable, or a name too long.
    /// </summary>
    public static byte[] Read(string input)
    {
        var path = NativePath(input);
        if (path.Length > PathMax)
            throw new InputException($"the path is {path.Length - 1} bytes long; the system's limit is {PathMax - 1} (go into its folder and name it from there)");
        if (ModeOffset is null) return ReadManaged(input);
        if (StatPath(path, out var errno) is not Status status)
            throw new InputException(errno switch
            {
                ENOENT => input.Contains('\uFFFD') ? "no such file (its name is not valid UTF-8 here; rename it)" : "no such file",
                EACCES => "cannot be read (permission denied on its folder)",
                ENOTDIR => "no such file (a part of the path is not a folder)",
                ENAMETOOLONG => "the path or one of its names is too long for the system",
                ELOOP => "its symbolic links go round in a loop",
                _ => $"cannot be read ({Marshal.GetPInvokeErrorMessage(errno)})",
            });
        var kind = status.Type switch
        {
            S_IFREG => null,
            S_IFDIR => "is a folder, not a file",
            S_IFIFO => "is a named pipe (FIFO), not a regular file; epub reads files only",
            S_IFSOCK => "is a socket, not a regular file; epub reads files only",
            S_IFCHR or S_IFBLK => "is a device, not a regular file; epub reads files only",
            _ => "is not a regular file",
        };
        if (kind is not null) throw new InputException(kind);
        SourceDecoder.CheckSize(status.Size);

        int fd;
        fixed (byte* p = path) fd = Open(p, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
        if (fd < 0)
        {
            errno = Marshal.GetLastPInvokeError();
            throw new InputException(errno == EACCES ? "cannot be read (permission denied)" : $"cannot be read ({Marshal.GetPInvokeErrorMessage(errno)})");
        }
        // read(2) itself, not a FileStream: FileStream trusts the size stat gave (0 for /proc
        // files, stale for a file truncated or grown meanwhile); read(2) goes on to the real end.
        try
        {
            return ReadLimited((buffer, offset, count) =>
            {
                while (true)
                {
                    nint read;
                    fixed (byte* b = &buffer[offset]) read = ReadFile(fd, b, count);
                    if (read >= 0) return (int)read;
                    var error = Marshal.GetLastPInvokeError();
                    if (error != EINTR) throw new IOException(Marshal.GetPInvokeErrorMessage(error));
                }
            }, status.Size);
        }
        finally { Close(fd); }
    }

    /// <summary>Off Linux: .NET's own checks.</summary>
    private static byte[] ReadManaged(string input)
    {
        if (Directory.Exists(input)) throw new InputException("is a folder, not a file");
        if (!File.Exists(input)) throw new InputException("no such file");
        try
        {
            using var stream = File.OpenRead(input);
            return ReadLimited(stream.Read, new FileInfo(input).Length);
        }
        catch (UnauthorizedAccessException) { throw new InputException("cannot be read (permission denied)"); }
    }

    /// <summary>
    /// Reads to the end, whatever size the file had when it was looked at: a file truncated or
    /// grown meanwhile gives what it holds now, and the size limit holds while reading.
    /// </summary>
    private static byte[] ReadLimited(Func<byte[], int, int, int> read, long expected)
    {
        // Exactly the expected size, so that a file that kept its size is read into one array,
        // never copied (a copy of a large input would stay as unused memory through the conversion).
        var buffer = new byte[expected > 0 ? Math.Min(expected, SourceDecoder.MaxBytes + 1L) : 4096];
        var length = 0;
        var next = new byte[1];
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    // Full: the end of the file, unless it grew since it was looked at (or has no size, as a device).
                    if (read(next, 0, 1) == 0) break;
                    if (length >= SourceDecoder.MaxBytes) SourceDecoder.CheckSize(length + 1L);
                    Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, SourceDecoder.MaxBytes + 1L));
                    buffer[length++] = next[0];
                    continue;
                }
                var count = read(buffer, length, buffer.Length - length);
                if (count == 0) break;
                length += count;
            }
        }
        catch (IOException e) { throw new InputException($"could not be read to its end ({e.Message})"); }
        SourceDecoder.CheckSize(length);
        if (length < buffer.Length) Array.Resize(ref buffer, length);
        return buffer;
    }

    /// <summary>
    /// The path's bytes for the system, NUL-terminated. A name that was not valid UTF-8 on the
    /// command line reached .NET with U+FFFD in it; its real bytes are still in /proc/self/cmdline.
    /// </summary>
    private static byte[] NativePath(string path)
    {
        if (path.Contains('\uFFFD') && RawArgument(path) is byte[] raw) return [.. raw, 0];
        return [.. Encoding.UTF8.GetBytes(path), 0];
    }

    private static byte[]? RawArgument(string lossy)
    {
        try
        {
            var cmdline = File.ReadAllBytes("/proc/self/cmdline");
            foreach (var range in cmdline.AsSpan().Split((byte)0))
            {
                var argument = cmdline.AsSpan(range);
                if (Encoding.UTF8.GetString(argument) == lossy) return argument.ToArray();
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
