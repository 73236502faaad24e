using CorrAnalytics.Etl.Sources;
using CorrAnalytics.Warehouse.Access;

namespace CorrAnalytics.Etl.Load;

/// <summary>Appends rejects found while reading a file (before the staging rules) to etl.rejects.</summary>
public static class RejectWriter
{
    /// <param name="facilityCode">The facility of every row, when the file is one facility's (a П-1 form); else each reject's own.</param>
    public static void Write(WarehouseSession session, long batchId, string fileName, IReadOnlyCollection<RowReject> rejects, string? facilityCode = null)
    {
        if (rejects.Count == 0)
            return;
        using var appender = session.Connection.CreateAppender("etl", "rejects");
        foreach (var r in rejects)
            appender.CreateRow()
                .AppendValue(batchId).AppendValue(fileName).AppendValue(r.Line).AppendValue(r.Cell)
                .AppendValue(r.Column).AppendValue(r.RawValue).AppendValue(r.Rule).AppendValue(r.Message)
                .AppendNullValue()   // row_key: set afterwards for a pulled row (SourcePuller)
                .AppendValue(r.FacilityCode ?? facilityCode)
                .EndRow();
    }
}
