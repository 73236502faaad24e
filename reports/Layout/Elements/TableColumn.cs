namespace CorrAnalytics.Reports.Layout.Elements;

public sealed record TableColumn(string Header, double Relative = 1, double? Fixed = null, Align Align = Align.Left);
