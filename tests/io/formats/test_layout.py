"""The one layout every tree format writes through: blocks, lines, cells, spaces."""

from __future__ import annotations

from seedner.io.formats.layout import BLOCK, LINE, Layout


def test_blocks_are_separated_by_one_blank_line_and_nothing_trails():
    layout = Layout()
    layout.break_(BLOCK)
    layout.write("Paris")
    layout.break_(BLOCK)
    layout.break_(BLOCK)
    layout.write("Lyon")
    layout.break_(BLOCK)
    assert layout.text() == "Paris\n\nLyon"


def test_white_space_is_collapsed_and_never_ends_a_line():
    layout = Layout()
    layout.write("  le   préfet\n du ")
    layout.write(" Nord ")
    layout.break_(LINE)
    layout.write(" Lille")
    assert layout.text() == "le préfet du Nord\nLille"


def test_text_without_spaces_between_elements_stays_glued():
    layout = Layout()
    layout.write("Jean-")
    layout.write("Pierre")
    assert layout.text() == "Jean-Pierre"


def test_newlines_are_text_but_never_more_than_one_blank_line():
    layout = Layout()
    layout.newline()  # nothing before: dropped
    layout.write("a")
    layout.newline()
    layout.newline()
    layout.newline()
    layout.write("b")
    assert layout.text() == "a\n\nb"


def test_cells_of_a_row_share_a_line_and_empty_cells_add_no_separator():
    layout = Layout()
    layout.write("Tableau")
    layout.break_(BLOCK)
    for row in (["OLTIM", "", "Nanterre"], ["", "Paris"]):
        layout.row()
        for cell in row:
            layout.cell()
            layout.break_(LINE)  # a paragraph opening inside the cell
            layout.write(cell)
            layout.break_(LINE)  # ... and closing
        layout.break_(LINE)
    assert layout.text() == "Tableau\n\nOLTIM | Nanterre\nParis"


def test_a_second_paragraph_in_a_cell_takes_a_line_of_its_own():
    layout = Layout()
    layout.row()
    layout.cell()
    layout.write("OCLTI")
    layout.cell()
    layout.write("Claire Lefèvre")
    layout.break_(LINE)
    layout.write("Rennes")
    assert layout.text() == "OCLTI | Claire Lefèvre\nRennes"


def test_uncollapsed_text_keeps_its_spaces_and_lines():
    layout = Layout()
    layout.write("  x  = 1\n\ty", collapse=False)
    assert layout.text() == "  x  = 1\n\ty"
