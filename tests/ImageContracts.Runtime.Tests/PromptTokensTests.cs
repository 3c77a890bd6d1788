namespace ImageContracts.Runtime.Tests;

public class PromptTokensTests
{
    [Theory]
    [InlineData("", 0, 0)]
    [InlineData("a", 1, 1)]
    [InlineData("abcd", 1, 4)]
    [InlineData("abcde", 2, 5)]
    [InlineData("é", 1, 2)]
    [InlineData("😀", 1, 4)]
    [InlineData("日本語", 1, 9)]
    public void Estimate_is_ceil_chars_over_four_and_upper_bound_is_utf8_bytes(string prompt, int estimate, int upperBound)
    {
        Assert.Equal(estimate, PromptTokens.Estimate(prompt));
        Assert.Equal(upperBound, PromptTokens.UpperBound(prompt));
    }

    [Fact]
    public void Null_prompt_throws()
    {
        Assert.Throws<ArgumentNullException>(() => PromptTokens.Estimate(null!));
        Assert.Throws<ArgumentNullException>(() => PromptTokens.UpperBound(null!));
    }
}
