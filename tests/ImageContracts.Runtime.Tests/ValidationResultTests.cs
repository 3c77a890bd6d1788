namespace ImageContracts.Runtime.Tests;

public class ValidationResultTests
{
    [Fact]
    public void Splits_findings_by_severity_and_keeps_order()
    {
        var result = new ValidationResult(new[]
        {
            new ValidationFinding("a", "x", "first", RuleSeverity.Warning),
            new ValidationFinding("b", "y", "second", RuleSeverity.Error),
            new ValidationFinding(null, "z", "third", RuleSeverity.Error),
        });

        Assert.False(result.IsValid);
        Assert.Equal(new[] { "y", "z" }, result.Errors.Select(e => e.Code));
        Assert.Equal(new[] { "x" }, result.Warnings.Select(e => e.Code));
        Assert.Equal(new[] { "x", "y", "z" }, result.All.Select(e => e.Code));
        Assert.True(result.Has("z"));
        Assert.False(result.Has("w"));
    }

    [Fact]
    public void Warnings_only_is_valid()
    {
        var result = new ValidationResult(new[] { new ValidationFinding(null, "x", "m", RuleSeverity.Warning) });

        Assert.True(result.IsValid);
        Assert.True(ValidationResult.Success.IsValid);
        Assert.Empty(ValidationResult.Success.All);
    }

    [Fact]
    public void To_string_is_readable()
    {
        var result = new ValidationResult(new[]
        {
            new ValidationFinding("quality", "value_not_allowed", "Bad quality.", RuleSeverity.Error),
            new ValidationFinding(null, "model_retired", "Old model.", RuleSeverity.Warning),
        });

        Assert.Equal(
            "Invalid: 1 error, 1 warning\n  error value_not_allowed [quality]: Bad quality.\n  warning model_retired: Old model.",
            result.ToString());
    }
}
