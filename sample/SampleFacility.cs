namespace CorrAnalytics.Sample;

/// <summary>One facility of the sample and the behaviour the simulation gives it.</summary>
public sealed class SampleFacility
{
    public required int Index { get; init; }
    public required string Code { get; init; }
    public required string NameKk { get; init; }
    public required string NameRu { get; init; }

    public required string NameEn { get; init; }
    public required string Type { get; init; }
    public required string Sex { get; init; }
    public required string RegionCode { get; init; }
    public required string DepartmentCode { get; init; }
    public required DateOnly OpenedOn { get; init; }
    public required int InitialCapacity { get; init; }
    public required string InitialSecurity { get; init; }
    public required double Occupancy { get; init; }
    public required double PretrialShare { get; init; }
    public required double ForeignShare { get; init; }
    public required int JuvenilesHeld { get; init; }
    public string? Branch { get; init; }
    public List<FacilityChange> Changes { get; } = [];

    public bool HasProduction => Branch is not null;

    public int CapacityOn(DateOnly date) =>
        Changes.Where(c => c.On <= date && c.Capacity is not null).Select(c => c.Capacity!.Value).LastOrDefault(InitialCapacity);

    public string SecurityOn(DateOnly date) =>
        Changes.Where(c => c.On <= date && c.SecurityLevel is not null).Select(c => c.SecurityLevel!).LastOrDefault(InitialSecurity);

    public DateOnly? ClosedOn => Changes.FirstOrDefault(c => c.Closes)?.On;

    public bool IsOpenOn(DateOnly date) => OpenedOn <= date && (ClosedOn is null || date < ClosedOn);
}
