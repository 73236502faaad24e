using CorrAnalytics.Warehouse.Time;
using System.Data.Common;
using DuckDB.NET.Data;

namespace CorrAnalytics.Warehouse.Access;

/// <summary>
/// An open warehouse: the DuckDB connection plus, for writers, the writer lock. Every statement
/// takes its values as parameters; SQL text comes from the embedded .sql files.
/// </summary>
public sealed class WarehouseSession : IDisposable
{
    private readonly WriterLock? _writerLock;

    private WarehouseSession(DuckDBConnection connection, WriterLock? writerLock, string databasePath)
    {
        Connection = connection;
        _writerLock = writerLock;
        DatabasePath = databasePath;
    }

    public DuckDBConnection Connection { get; }

    public string DatabasePath { get; }

    /// <summary>Opened read-only (<see cref="OpenReadOnly"/>): it reads, and records nothing.</summary>
    public bool IsReadOnly => _writerLock is null;

    /// <summary>
    /// Opens the warehouse for writing, waiting <see cref="WarehouseOptions.WriterWait"/> for another
    /// writer. With <paramref name="mustExist"/>, a warehouse that is not there (checked once the
    /// lock is held, so a first load still creating it counts as there) is an error, not a new file.
    /// </summary>
    public static WarehouseSession OpenWriter(WarehouseOptions options, string command, ProductClock clock, bool mustExist = false)
    {
        if (mustExist && !Directory.Exists(options.DataDir))
            throw new WarehouseMissingException(options.DatabasePath);
        Directory.CreateDirectory(options.DataDir);
        var writerLock = WriterLock.Acquire(options.DatabasePath, command, options.WriterWait, clock);
        try
        {
            if (mustExist && !File.Exists(options.DatabasePath))
                throw new WarehouseMissingException(options.DatabasePath);
            var connection = new DuckDBConnection($"Data Source={options.DatabasePath}");
            try
            {
                connection.Open();
            }
            catch (DuckDBException e) when (File.Exists(options.DatabasePath))
            {
                connection.Dispose();
                throw new WarehouseDamagedException(options.DatabasePath, e.Message, e);
            }
            return new WarehouseSession(connection, writerLock, options.DatabasePath);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the warehouse of a data folder this process may not write (a read-only mount, a copy on
    /// an archive disk): read-only, without the writer lock, which could not be taken there anyway.
    /// </summary>
    public static WarehouseSession OpenReadOnly(WarehouseOptions options)
    {
        if (!File.Exists(options.DatabasePath))
            throw new WarehouseMissingException(options.DatabasePath);
        // An in-memory database with the file attached read-only, not a read-only connection: that
        // would also refuse the in-memory catalogs an as-of or a department's view attaches.
        var connection = new DuckDBConnection("Data Source=:memory:");
        connection.Open();
        var session = new WarehouseSession(connection, null, options.DatabasePath);
        try
        {
            var name = "\"" + Path.GetFileNameWithoutExtension(options.DatabasePath).Replace("\"", "\"\"") + "\"";
            session.Execute($"attach '{options.DatabasePath.Replace("'", "''")}' as {name} (read_only)");
            session.Execute($"use {name}");
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    /// <summary>Whether this process may create files in <paramref name="folder"/> (false on a read-only mount or without permission).</summary>
    public static bool CanWrite(string folder)
    {
        var probe = Path.Combine(folder, $".corr-write-probe-{Environment.ProcessId}");
        try
        {
            using (File.Create(probe, 1, FileOptions.DeleteOnClose)) { }
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public int Execute(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        return command.ExecuteNonQuery();
    }

    public T? Scalar<T>(string sql, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        var value = command.ExecuteScalar();
        if (value is System.Numerics.BigInteger big)
            value = (decimal)big; // DuckDB sums integers as HUGEINT
        return value is null or DBNull ? default : (T)Convert.ChangeType(value, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    public List<T> Query<T>(string sql, Func<DbDataReader, T> map, params object?[] parameters)
    {
        using var command = Command(sql, parameters);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

    /// <summary>Runs <paramref name="work"/> in one transaction: all of it, or none of it.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        using var transaction = Connection.BeginTransaction();
        var result = work();
        transaction.Commit();
        return result;
    }

    public void InTransaction(Action work) => InTransaction(() => { work(); return 0; });

    public DuckDBCommand Command(string sql, params object?[] parameters)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var parameter in parameters)
            command.Parameters.Add(new DuckDBParameter(parameter ?? DBNull.Value));
        return command;
    }

    public void Dispose()
    {
        Connection.Dispose();
        _writerLock?.Dispose();
    }
}
