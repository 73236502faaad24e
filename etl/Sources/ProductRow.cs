using System.IO.Compression;

namespace CorrAnalytics.Etl.Sources;

public sealed record ProductRow(
    int Row, string ProductCode, decimal PlanQty, decimal PlanValue, decimal OutputQty, decimal OutputValue,
    decimal SoldQty, decimal SoldValue, decimal InternalValue);
