using System.Text;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Load;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;
using CorrAnalytics.Warehouse.Time;
using Npgsql;

namespace CorrAnalytics.Etl.Pull;

/// <summary>
/// <c>corr etl pull</c>: reads the rows of a source database changed since its watermark, reads every
/// slice they touch again whole, writes each slice as the file its kind's contract describes, and loads
/// those files through the same path as the inbox's (intake and archive, row rules, rejects, threshold,
/// slice replacement, history). Every batch records the source, the query's hash and the watermarks.
/// Nothing is loaded and the watermark stays unless the source was read to the end.
/// </summary>
public sealed class SourcePuller(WarehouseSession session, EtlOptions options, ProductClock clock)
{
    public PullResult Pull(string name, SourceOptions source, CancellationToken cancellationToken = default)
    {
        var kind = PullKind.Parse(source.Kind);
        if (string.IsNullOrWhiteSpace(source.Query) || string.IsNullOrWhiteSpace(source.WatermarkColumn) || string.IsNullOrWhiteSpace(source.ConnectionString))
            throw new PullConfigurationException($"Corr:Sources:{name} needs Kind, ConnectionString, Query and WatermarkColumn.");
        var watermarkColumn = source.WatermarkColumn.Trim().ToLowerInvariant();
        var queryHash = FileStore.Sha256(Encoding.UTF8.GetBytes(source.Query));
        var state = session.Query(SqlResources.Sql("pulls/state"), r => new PullState(r.GetString(0), r.GetString(1), r.GetString(2)), name).FirstOrDefault();
        var today = clock.Today;

        List<PulledRow> changed, whole;
        ISet<string> present;
        Watermark since, to;
        try
        {
            using var connection = new NpgsqlConnection(source.ConnectionString);
            connection.Open();
            var columns = Columns(connection, source.Query);
            var missing = kind.Required.Append(watermarkColumn).FirstOrDefault(c => !columns.ContainsKey(c));
            if (missing is not null)
                throw new PullConfigurationException($"The query of Corr:Sources:{name} returns no column {missing} (it returns {string.Join(", ", columns.Keys)}).");
            present = columns.Keys.ToHashSet();
            var type = Watermark.TypeOf(columns[watermarkColumn], watermarkColumn);
            // A changed query, or a watermark of another type, reads everything again.
            since = state is { } s && s.Type == type && s.QueryHash == queryHash ? Watermark.Parse(type, s.Watermark) : Watermark.Minimum(type);
            changed = Read(connection, source.Query, since, cancellationToken);
            if (changed.Count == 0)
                return new PullResult(name, 0, [], null, state?.Watermark, state?.Watermark);
            to = changed.Select(r => Watermark.Of(type, r[watermarkColumn]!)).Max(Comparer<Watermark>.Create((a, b) => a.CompareTo(b)))!;
            // A slice is always complete: the slices the changed rows touch are read again whole.
            whole = since.IsMinimum ? changed : Read(connection, source.Query, Watermark.Minimum(type), cancellationToken);
        }
        catch (Exception e) when (e is IOException or TimeoutException or NpgsqlException { IsTransient: true } || (e is NpgsqlException && e is not PostgresException))
        {
            throw new PullInterruptedException($"Corr:Sources:{name}: the source could not be read to the end ({e.Message}); nothing was loaded and the watermark stays.", e);
        }
        catch (PostgresException e)
        {
            throw new PullConfigurationException($"Corr:Sources:{name}: the query failed: {e.MessageText}");
        }

        var slices = changed.Select(r => kind.Slice(r, today)).ToHashSet();
        var folder = Path.Combine(options.DataDir, "pulls", Safe(name), $"{clock.UtcNow:yyyyMMdd'T'HHmmssfff}");
        Directory.CreateDirectory(folder);
        try
        {
            var keys = new Dictionary<string, IReadOnlyList<string>>();
            foreach (var slice in whole.GroupBy(r => kind.Slice(r, today)).Where(g => slices.Contains(g.Key)))
            {
                var (bytes, sliceKeys) = kind.File(slice, present);
                File.WriteAllBytes(Path.Combine(folder, kind.FileName(slice.Key)), bytes);
                keys[kind.FileName(slice.Key)] = sliceKeys;
            }
            var load = new EtlRunner(session, options with { Inbox = folder, SettleTime = TimeSpan.Zero }, clock).Run(cancellationToken);
            foreach (var file in load.Files.Where(f => f.BatchId is not null))
            {
                session.Execute(SqlResources.Sql("pulls/mark_batch"), file.BatchId, name, queryHash, since.IsMinimum ? null : since.ToString(), to.ToString());
                if (keys.TryGetValue(file.FileName, out var lines))
                    foreach (var line in session.Query(SqlResources.Sql("pulls/reject_lines"), r => r.GetInt32(0), file.BatchId))
                        if (line - 2 is var index && index >= 0 && index < lines.Count)
                            session.Execute(SqlResources.Sql("pulls/key_reject"), file.BatchId, line, lines[index]);
            }
            // A file that failed (a system fault, not a refusal) leaves the watermark, so the next pull reads its rows again.
            if (load.Count(FileStatus.Failed) == 0)
                session.Execute(SqlResources.Sql("pulls/save_state"), name, kind.Kind.Code(), to.ToString(), to.Type, queryHash, clock.UtcDateTime);
            return new PullResult(name, changed.Count, slices.Order(StringComparer.Ordinal).ToList(), load, since.IsMinimum ? null : since.ToString(), to.ToString());
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The query's columns and their PostgreSQL types, from running it with no rows wanted.</summary>
    private static Dictionary<string, string> Columns(NpgsqlConnection connection, string query)
    {
        using var command = new NpgsqlCommand($"select * from ({query}) as q limit 0", connection);
        command.Parameters.Add(new NpgsqlParameter("since", DBNull.Value));
        using var reader = command.ExecuteReader();
        return Enumerable.Range(0, reader.FieldCount).ToDictionary(i => reader.GetName(i).ToLowerInvariant(), reader.GetDataTypeName);
    }

    private static List<PulledRow> Read(NpgsqlConnection connection, string query, Watermark since, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(query, connection);
        command.Parameters.Add(new NpgsqlParameter("since", since.DbType) { Value = since.Value });
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetName(i).ToLowerInvariant()).ToList();
        var rows = new List<PulledRow>();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add(new PulledRow(names.Select((n, i) => (n, reader.IsDBNull(i) ? null : reader.GetValue(i))).ToDictionary(x => x.n, x => x.Item2)));
        }
        return rows;
    }

    private sealed record PullState(string Watermark, string Type, string QueryHash);

    private static string Safe(string name) => string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' ? c : '_'));
}
