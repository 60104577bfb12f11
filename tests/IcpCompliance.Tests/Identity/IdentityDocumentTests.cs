using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of the <see cref="IdentityDocument"/> union by concern: <c>.Construction</c> (kinds from each
/// document), <c>.Formatting</c> and <c>.Equality</c>.</summary>
public sealed partial class IdentityDocumentTests
{
}
