using System.IO.Compression;

namespace CorrAnalytics.Etl.Sources;

public sealed record LabourRow(
    int AbleBodied, int EmployedTotal, int EmployedEnbek, int EmployedPrivate, int EmployedHousehold, decimal WageFund, decimal Deductions);
