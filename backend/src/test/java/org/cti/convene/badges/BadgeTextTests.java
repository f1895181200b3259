package org.cti.convene.badges;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadgeTextTests {

    final Typesetter fonts = new Typesetter(GlyphWidths.bundled());

    @Test
    void arabicIsShapedIntoPresentationFormsInVisualOrder() {
        String visual = VisualText.toVisual(VisualText.clean("آمنة ديالو"));

        assertThat(visual.codePoints()).allMatch(cp -> cp == ' ' || (cp >= 0xFE70 && cp <= 0xFEFF));
        // visual order: the last word typed comes first on the line
        assertThat(Normalizer.normalize(visual, Normalizer.Form.NFKC)).isEqualTo("ولايد ةنمآ");
        assertThat(VisualText.toVisual("لا")).isEqualTo("\uFEFB"); // lam-alef ligature
    }

    @Test
    void harakatAreStrippedAndTextIsComposed() {
        assertThat(VisualText.clean("مُحَمَّد")).isEqualTo("محمد");
        assertThat(VisualText.clean("Nguye\u0302\u0303n")).isEqualTo("Nguyễn");
        assertThat(VisualText.clean("  Ana\t\n María\u00A0 Pérez ")).isEqualTo("Ana María Pérez");
        assertThat(VisualText.toVisual("Zoë\u00AD Ñúñez\u200B")).isEqualTo("Zoë Ñúñez");
    }

    @Test
    void mixedScriptsKeepLatinOrderAndMirrorBrackets() {
        String visual = VisualText.toVisual(VisualText.clean("Amina (آمنة) Diallo"));

        assertThat(visual).startsWith("Amina (").endsWith(") Diallo");
    }

    @Test
    void eachScriptFallsBackToAFontThatHasIt() {
        assertThat(faces("Zoë Ñúñez-Øster")).containsExactly(FontFace.SANS_BOLD);
        assertThat(faces("Амина Αθηνά")).containsExactly(FontFace.SANS_BOLD);
        assertThat(faces("آمنة ديالو")).containsExactly(FontFace.ARABIC_BOLD);
        assertThat(faces("Zoë 阿米娜 Αθηνά")).containsExactly(FontFace.SANS_BOLD, FontFace.CJK, FontFace.SANS_BOLD);
    }

    @Test
    void neutralCharactersStayInTheCurrentFont() {
        List<TextRun> arabic = fonts.runs(VisualText.toVisual("آمنة - ديالو"), FontFace.BOLD);
        List<TextRun> chinese = fonts.runs(VisualText.toVisual("阿米娜 迪亚洛"), FontFace.BOLD);

        assertThat(arabic).singleElement();
        assertThat(chinese).singleElement();
    }

    @Test
    void aCharacterNoFontHasBecomesAQuestionMarkNotAnException() {
        List<TextRun> runs = fonts.runs("Kim 김민준", FontFace.BOLD);

        assertThat(runs).extracting(TextRun::text).containsExactly("Kim ???");
        assertThat(fonts.missingCodePoints()).containsExactly(0xAE40, 0xBBFC, 0xC900);
    }

    @Test
    void aLongNameWrapsOntoTwoLinesAndFits() {
        TextBlock block =
                TextBlock.fit(fonts, "Maximilian-Alexander von Hohenzollern-Sigmaringen", FontFace.BOLD, 180, 24, 16);

        assertThat(block.lines()).hasSize(2);
        assertThat(block.lines()).allMatch(line -> line.width() * block.size() / 1000 <= 180.01f);
        assertThat(block.size()).isGreaterThan(12);
    }

    @Test
    void aNameWithoutSpacesShrinksOnOneLine() {
        TextBlock block = TextBlock.fit(fonts, "Wolfeschlegelsteinhausenbergerdorff", FontFace.BOLD, 180, 24, 16);

        assertThat(block.lines()).hasSize(1);
        assertThat(block.lines().getFirst().width() * block.size() / 1000).isLessThanOrEqualTo(180.01f);
    }

    @Test
    void aShortNameKeepsTheMaximumSize() {
        assertThat(TextBlock.fit(fonts, "Ana Li", FontFace.BOLD, 180, 24, 16).size())
                .isEqualTo(24);
        assertThat(TextBlock.fit(fonts, "  ", FontFace.BOLD, 180, 24, 16).lines())
                .isEmpty();
    }

    private List<FontFace> faces(String text) {
        return fonts.runs(VisualText.toVisual(VisualText.clean(text)), FontFace.BOLD).stream()
                .map(TextRun::face)
                .toList();
    }
}
