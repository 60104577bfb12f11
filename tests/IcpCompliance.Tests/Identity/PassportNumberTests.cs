using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="PassportNumber"/> by concern: <c>.Parsing</c> (number and country, the combined form,
/// every error, the properties), <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class PassportNumberTests
{

}
