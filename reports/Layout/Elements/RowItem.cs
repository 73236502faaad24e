namespace CorrAnalytics.Reports.Layout.Elements;

/// <summary>A row's cell: a fixed width in points, or a share of the width left over.</summary>
public sealed record RowItem(Element Content, double Relative = 1, double? Fixed = null);
