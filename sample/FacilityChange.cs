namespace CorrAnalytics.Sample;

/// <summary>A change to a facility's register entry, effective from a date.</summary>
public sealed record FacilityChange(DateOnly On, int? Capacity = null, string? SecurityLevel = null, bool Closes = false);
