using CorrAnalytics.Etl.Inbox;
using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;
using CorrAnalytics.Warehouse.Schema;

namespace CorrAnalytics.Etl.Load;

/// <summary>
/// Loads one CSV file inside the caller's transaction: raw rows through DuckDB's read_csv, typed
/// and checked by the kind's staging model, rejects recorded, then the slice replaced (facts), or
/// the register merged (facilities as SCD2, products by code).
/// </summary>
public sealed class CsvLoader(WarehouseSession session, TempFolder temp)
{
    public static PreparedCsv Prepare(InboxFile file, byte[] bytes) => CsvPrepass.Prepare(bytes, CsvSource.All[file.Kind]);

    /// <summary>Stages the rows and records the rejects; returns the counts before anything is applied.</summary>
    public LoadCounts Stage(InboxFile file, PreparedCsv prepared, long batchId)
    {
        var source = CsvSource.All[file.Kind];
        var copy = temp.Write(prepared.Text, ".csv");
        try
        {
            var columns = "{" + string.Join(", ", new[] { CsvPrepass.LineColumn }.Concat(source.RawColumns)
                .Select(c => $"'{c}': '{(c == CsvPrepass.LineColumn ? "INTEGER" : "VARCHAR")}'")) + "}";
            session.Execute(SqlResources.Sql("load/raw_csv", ("raw_table", source.RawTable), ("delimiter", source.Delimiter.ToString()), ("columns", columns)),
                batchId, file.Name, copy);
        }
        finally
        {
            File.Delete(copy);
        }
        session.Execute(SqlResources.Sql("load/etl_batch_set", ("batch_id", batchId.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        try
        {
            session.Execute(SqlResources.Sql("load/batch_rows", ("staging_view", source.StagingView)), batchId);
        }
        finally
        {
            session.Execute(SqlResources.Sql("load/etl_batch_reset"));
        }
        RejectWriter.Write(session, batchId, file.Name, prepared.Rejects);
        session.Execute(SqlResources.Sql("load/rejects_from_batch_rows"));
        var rejected = session.Scalar<long>(SqlResources.Sql("load/batch_rows_rejected")) + prepared.Rejects.Count;
        return new LoadCounts(prepared.Records + prepared.Rejects.Count, prepared.Records + prepared.Rejects.Count - rejected, rejected);
    }

    /// <summary>Applies the staged rows to the warehouse.</summary>
    public void Apply(InboxFile file, long batchId, bool replacesEarlier)
    {
        var target = CsvSource.All[file.Kind].Target;
        switch (file.Kind)
        {
            case FileKind.Facilities:
                var snapshot = file.PeriodStart.ToDateTime(TimeOnly.MinValue);
                session.Execute(SqlResources.Sql("load/facilities_update_in_place"), batchId, snapshot);
                session.Execute(SqlResources.Sql("load/facilities_close_changed"), batchId, snapshot);
                session.Execute(SqlResources.Sql("load/facilities_insert_versions"), batchId, snapshot);
                break;
            case FileKind.Products:
                session.Execute(SqlResources.Sql("load/products_upsert"));
                break;
            default:
                if (replacesEarlier)
                    session.Execute(SqlResources.Sql("load/delete_replaced_slice", ("target", target)), file.Kind.Code(), file.Slice, batchId);
                session.Execute(SqlResources.Sql("load/fact_from_batch_rows", ("target", target)));
                break;
        }
    }
}
