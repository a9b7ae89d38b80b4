using System.Security.Cryptography;
using System.Text;

namespace OpsHub.Storage.Embedded;

/// <summary>
/// Where the embedded server keeps its things inside the data folder: the cluster itself (PGDATA), the superuser
/// password, the server log and the folder for its Unix socket.
/// </summary>
internal sealed class ClusterLayout(string root)
{
    // sun_path holds 108 bytes including the terminator; PostgreSQL's socket file name adds ".s.PGSQL.<port>".
    private const int MaxSocketPathLength = 107;

    public string Root { get; } = Path.GetFullPath(root);

    public string ClusterDirectory => Path.Combine(Root, "cluster");

    public string PasswordFile => Path.Combine(Root, "superuser.password");

    public string LogFile => Path.Combine(Root, "postgres.log");

    public string PidFile => Path.Combine(ClusterDirectory, "postmaster.pid");

    /// <summary>Settings OpsHub rewrites at every start, included from postgresql.conf.</summary>
    public string SettingsFile => Path.Combine(ClusterDirectory, SettingsFileName);

    public const string SettingsFileName = "opshub.conf";

    public bool IsInitialized => File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION"));

    /// <summary>The socket folder: inside the data folder when its path is short enough for a socket, else /tmp.</summary>
    public string SocketDirectory(int port)
    {
        var inside = Path.Combine(Root, "run");
        var socket = Path.Combine(inside, $".s.PGSQL.{port}");
        return Encoding.UTF8.GetByteCount(socket) <= MaxSocketPathLength ? inside : Path.GetTempPath().TrimEnd('/');
    }

    /// <summary>Reads the superuser password, creating it (owner-only, mode 600) the first time.</summary>
    public string ReadOrCreatePassword()
    {
        if (File.Exists(PasswordFile))
        {
            return File.ReadAllText(PasswordFile).Trim();
        }

        var password = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(PasswordFile, Encoding.ASCII, options))
        {
            writer.Write(password);
        }

        return password;
    }

    /// <summary>The last lines of the server log, for error messages.</summary>
    public string LogTail(int lines = 30)
    {
        try
        {
            if (!File.Exists(LogFile))
            {
                return "(no server log yet)";
            }

            using var stream = new FileStream(LogFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            var tail = new Queue<string>(lines);
            while (reader.ReadLine() is { } line)
            {
                if (tail.Count == lines)
                {
                    tail.Dequeue();
                }

                tail.Enqueue(line);
            }

            return string.Join(Environment.NewLine, tail);
        }
        catch (IOException ex)
        {
            return $"(server log unreadable: {ex.Message})";
        }
    }
}
