using CorrAnalytics.Warehouse.Time;

namespace CorrAnalytics.Sample;

/// <summary>What a facility reports on its П-1 form for a month: products made and sold, and its labour figures.</summary>
public sealed record FormContent(SampleFacility Facility, YearMonth Month, List<ProductLine> Products, LabourFigures Labour);
