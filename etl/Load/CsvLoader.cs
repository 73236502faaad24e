using CorrAnalytics.Warehouse.Time;
using System.Globalization;
using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.History;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Loads the CSV files of a group inside the caller's transaction, set-based: the raw rows of
/// every file through one DuckDB read_csv, typed and checked by the kind's staging model in one
/// run, rejects recorded; then the group's slices replaced (facts) or the register merged
/// (facilities as SCD2, products by code; a register loads alone).
/// </summary>
internal sealed class CsvLoader(WarehouseSession session, ProductClock clock)
{
    /// <summary>Checks the file and writes its prepared copy into the temporary folder.</summary>
    public static PreparedCsv Prepare(InboxFile file, byte[] bytes, TempFolder temp)
    {
        var writer = temp.CreateText(".csv", out var copy);
        try
        {
            using (writer)
            {
                var (records, rejects, notes) = CsvPrepass.Prepare(bytes, CsvSource.All[file.Kind], writer);
                return new PreparedCsv(copy, records, rejects, notes);
            }
        }
        catch
        {
            File.Delete(copy);
            throw;
        }
    }

    /// <summary>Reads the group's files into raw and runs the staging model over them (into batch_rows).</summary>
    public void Stage(FileKind kind, IReadOnlyList<GroupMember> members)
    {
        var source = CsvSource.All[kind];
        var columns = "{" + string.Join(", ", new[] { CsvPrepass.LineColumn }.Concat(source.RawColumns)
            .Select(c => $"'{c}': '{(c == CsvPrepass.LineColumn ? "INTEGER" : "VARCHAR")}'")) + "}";
        var files = "[" + string.Join(", ", members.Select(m => "'" + m.Ready.Csv!.CopyPath.Replace("'", "''") + "'")) + "]";
        session.Execute(SqlResources.Sql("load/raw_csv",
            ("raw_table", source.RawTable), ("delimiter", source.Delimiter.ToString()), ("columns", columns), ("files", files)));

        var (first, last) = (members[0].BatchId, members[^1].BatchId);
        session.Execute(SqlResources.Sql("load/group_set",
            ("first", first.ToString(CultureInfo.InvariantCulture)), ("last", last.ToString(CultureInfo.InvariantCulture))));
        try
        {
            session.Execute(SqlResources.Sql("load/group_rows", ("staging_view", source.StagingView)));
        }
        finally
        {
            session.Execute(SqlResources.Sql("load/group_reset"));
        }
    }

    /// <summary>Records the rejects of the pre-pass and of the staging model; returns each batch's counts before anything is applied.</summary>
    public IReadOnlyDictionary<long, LoadCounts> Rejects(IReadOnlyList<GroupMember> members)
    {
        foreach (var m in members)
            RejectWriter.Write(session, m.BatchId, m.Ready.File.Name, m.Ready.Csv!.Rejects);
        var facility = CsvSource.All[members[0].Ready.File.Kind].NamesFacility ? CsvSource.FacilityColumn : "null";
        session.Execute(SqlResources.Sql("load/rejects_from_batch_rows", ("facility_code", facility)));
        var staged = session.Query(SqlResources.Sql("load/group_rejected"), r => (Batch: r.GetInt64(0), Rejected: r.GetInt64(1)))
            .ToDictionary(r => r.Batch, r => r.Rejected);
        return members.ToDictionary(m => m.BatchId, m =>
        {
            var prepared = m.Ready.Csv!;
            var read = prepared.Records + prepared.Rejects.Count;
            var rejected = staged.GetValueOrDefault(m.BatchId) + prepared.Rejects.Count;
            return new LoadCounts(read, read - rejected, rejected);
        });
    }

    /// <summary>
    /// Applies the staged rows: the group's slices replace what earlier batches loaded for them. Returns
    /// how many facts of earlier files a facility register set aside (<see cref="FactsOutsideLife"/>).
    /// </summary>
    public long Apply(FileKind kind, IReadOnlyList<GroupMember> members)
    {
        var target = CsvSource.All[kind].Target;
        var history = new HistoryTables(session, clock);
        switch (kind)
        {
            case FileKind.Facilities:
                var (batchId, snapshot) = (members.Single().BatchId, members.Single().Ready.File.PeriodStart.ToDateTime(TimeOnly.MinValue));
                history.KeepRegisterChanges(target, batchId, () =>
                {
                    session.Execute(SqlResources.Sql("load/facilities_update_in_place"), batchId, snapshot);
                    session.Execute(SqlResources.Sql("load/facilities_close_changed"), batchId, snapshot);
                    session.Execute(SqlResources.Sql("load/facilities_insert_versions"), batchId, snapshot);
                });
                return new FactsOutsideLife(session, clock).SetAside(batchId, members.Single().Ready.File.Name);
            case FileKind.Products:
                history.KeepRegisterChanges(target, members.Single().BatchId, () => session.Execute(SqlResources.Sql("load/products_upsert")));
                break;
            default:
                history.KeepReplaced(target, kind.Code(), members[0].BatchId, members[^1].BatchId);
                session.Execute(SqlResources.Sql("load/group_delete_replaced", ("target", target)), kind.Code(), members[0].BatchId, members[^1].BatchId);
                session.Execute(SqlResources.Sql("load/group_facts", ("target", target)), members[0].BatchId, members[^1].BatchId);
                break;
        }
        return 0;
    }
}
