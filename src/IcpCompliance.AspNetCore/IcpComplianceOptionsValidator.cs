using System.Collections.Generic;
using IcpCompliance.Footer;
using Microsoft.Extensions.Options;
using OneOf;

namespace IcpCompliance.AspNetCore;

/// <summary>
/// The start-up check of <see cref="IcpComplianceOptions"/>: the numbers parse in canonical form and make a
/// compliant website footer. Registered with <c>ValidateOnStart</c>, so a bad number stops the app before it serves
/// a page, with the parser's message in English and Chinese.
/// </summary>
internal sealed class IcpComplianceOptionsValidator : IValidateOptions<IcpComplianceOptions>
{
    /// <inheritdoc/>
    public ValidateOptionsResult Validate(string? name, IcpComplianceOptions options)
    {
        OneOf<RenderedFooter, IReadOnlyList<string>> footer = ConfiguredFooter.Render(options);
        return footer.Match(_ => ValidateOptionsResult.Success, ValidateOptionsResult.Fail);
    }
}
