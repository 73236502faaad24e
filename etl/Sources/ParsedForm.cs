using System.IO.Compression;
using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Etl.Sources;

public sealed record ParsedForm(
    string FacilityCode, YearMonth Month, string Branch, List<ProductRow> Products, LabourRow? Labour,
    List<FormCell> Cells, List<RowReject> Rejects, int RowsRead);
