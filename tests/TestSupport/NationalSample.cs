
namespace CorrAnalytics.TestSupport;

/// <summary>The national sample for 2023–2024, generated once for the tests that read it.</summary>
public sealed class NationalSample() : SampleFolder("2023-01", "2024-12");
