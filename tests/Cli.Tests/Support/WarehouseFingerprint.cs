using CorrAnalytics.TestSupport;
using System.Globalization;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Cli.Tests.Support;

/// <summary>
/// What a load left in the warehouse, to compare two loads: per core fact table its row count and
/// the sum of each numeric column (not the batch ids, which differ between runs); and which files were loaded, how many times.
/// </summary>
public static class WarehouseFingerprint
{
    public static IReadOnlyDictionary<string, string> Of(string dataDir)
    {
        using var session = WarehouseSession.OpenWriter(new WarehouseOptions(dataDir), "test fingerprint", TestClock.Running());
        var columns = session.Query(
            """
            select table_name, column_name from information_schema.columns
            where table_schema = 'core' and table_name like 'fact_%' and column_name <> 'batch_id'
              and (data_type in ('INTEGER', 'BIGINT', 'SMALLINT') or data_type like 'DECIMAL%')
            order by table_name, ordinal_position
            """,
            r => (Table: r.GetString(0), Column: r.GetString(1)));
        var tables = session.Query("select table_name from information_schema.tables where table_schema = 'core' and table_name like 'fact_%' order by 1", r => r.GetString(0));
        var print = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            var sums = columns.Where(c => c.Table == table).Select(c => $"coalesce(sum(\"{c.Column}\"), 0)::varchar").ToList();
            var values = session.Query($"select count(*)::varchar{string.Concat(sums.Select(s => ", " + s))} from core.\"{table}\"",
                r => string.Join(" ", Enumerable.Range(0, r.FieldCount).Select(i => r.GetString(i))));
            print[table] = values.Single();
        }
        print["loaded files"] = string.Join("\n", session.Query(
            "select file_name || ' ×' || count(*) from etl.batches where status in ('loaded', 'replaced') group by file_name order by file_name",
            r => r.GetString(0)));
        print["running batches"] = session.Scalar<long>("select count(*) from etl.batches where status not in ('loaded', 'replaced', 'quarantined', 'duplicate', 'failed')").ToString(CultureInfo.InvariantCulture);
        return print;
    }
}
