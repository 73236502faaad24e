using System.Diagnostics;
using Npgsql;

namespace CorrAnalytics.TestSupport;

/// <summary>
/// A throwaway PostgreSQL server for one test: initdb and pg_ctl (PostgreSQL 15 of the machine) into a
/// temporary folder, on a free port of 127.0.0.1, trust authentication; run as the postgres user when
/// the tests run as root (PostgreSQL refuses root); stopped and deleted at the end.
/// </summary>
public sealed class PostgresTestServer : IDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly string _folder;

    private PostgresTestServer(string folder, int port)
    {
        _folder = folder;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false;Timeout=5";

    public static PostgresTestServer Start()
    {
        var folder = Directory.CreateTempSubdirectory("corr-pg-").FullName;
        var port = FreePort.Next();
        var server = new PostgresTestServer(folder, port);
        if (Environment.UserName == "root")
            Run("chown", "-R", "postgres:postgres", folder);
        server.AsOwner(Path.Combine(Bin, "initdb"), "-D", server.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        server.AsOwner(Path.Combine(Bin, "pg_ctl"), "-D", server.Data, "-l", Path.Combine(folder, "log"), "-w", "-t", "60",
            "-o", $"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");
        return server;
    }

    private string Data => Path.Combine(_folder, "data");

    public NpgsqlConnection Open()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        return connection;
    }

    public void Execute(string sql)
    {
        using var connection = Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    /// <summary>Stops the server at once (pg_ctl stop -m immediate), as a server that goes away mid-pull.</summary>
    public void Stop() => AsOwner(Path.Combine(Bin, "pg_ctl"), "-D", Data, "-m", "immediate", "-w", "stop");

    public void Dispose()
    {
        try
        {
            Stop();
        }
        catch (InvalidOperationException)
        {
            // Stopped already.
        }
        Directory.Delete(_folder, recursive: true);
    }

    private void AsOwner(string program, params string[] args)
    {
        if (Environment.UserName == "root")
            Run("runuser", ["-u", "postgres", "--", program, .. args]);
        else
            Run(program, args);
    }

    private static void Run(string program, params string[] args)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} {string.Join(' ', args)} exited {process.ExitCode}: {error.Result}{output.Result}");
    }
}
