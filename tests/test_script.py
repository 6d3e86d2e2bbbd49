"""Reports in traditional characters: analysed through a simplified copy, quoted in their own characters."""
from kg.metadata import make_report
from kg.pipeline import extract
from kg.records import EntityType as T
from kg.script import Restorer, simplified

TRADITIONAL = ("2010年天津市南開區人民政府工作報告\n"
               "各位代表:\n"
               "2009年工作回顧\n"
               "區政府在市委、市政府和區委的正確領導下,在區人大、區政協的監督幫助下,全力以赴保發展。"
               "全區實現地區增加值365億元,同比增長20%。創崗安置3.5萬人,新建社區服務站12個。\n")


def test_script_a_traditional_text_is_simplified_at_its_own_length():
    text = TRADITIONAL
    converted = simplified(text)
    assert converted is not None and len(converted) == len(text)
    assert "南开区人民政府工作报告" in converted


def test_script_a_simplified_text_is_never_converted():
    # OpenCC would turn the variant characters simplified names keep (乾县, 菜薹) into others
    assert simplified("2024年乾县人民政府工作报告\n各位代表:\n乾县菜薹产业产值增长8%。") is None


def test_script_variant_characters_old_and_hong_kong_texts_use_are_simplified_too():
    converted = simplified("保衞遠東,發展衞生事業,國家建設。")
    assert converted is not None and "保卫远东" in converted and "卫生" in converted


def test_script_restorer_gives_each_character_back_as_the_text_writes_it():
    back = Restorer("區政府和區委", "区政府和区委").back
    assert back("区人大") == "區人大" and back("市政府") == "市政府"


def test_script_a_traditional_report_reads_its_metadata_through_the_copy():
    report = make_report("t", TRADITIONAL)
    assert (report.place, report.issuer, report.year) == ("南开区", "南开区人民政府", 2010)
    assert report.text == TRADITIONAL and report.title.startswith("2010年天津市南開區")


def test_script_a_traditional_reports_graph_names_in_simplified_and_quotes_in_traditional():
    doc = extract(make_report("t", TRADITIONAL))
    names = {(e.type, e.name): e.aliases for e in doc.entities}
    # bodies the relative words name are found as in simplified text, and keep the text's own forms as aliases
    assert "區人大" in names[(T.ORGANIZATION, "南开区人民代表大会")]
    assert "區政協" in names[(T.ORGANIZATION, "中国人民政治协商会议南开区委员会")]
    assert "南開區" in names[(T.PLACE, "南开区")]
    for entity in doc.entities:
        for mention in entity.mentions:
            if mention.sentence >= 0:
                assert mention.text == TRADITIONAL[mention.start:mention.end]
    figures = {q.value_text: q for q in doc.quantities}
    growth = figures["20"]
    assert (growth.unit, growth.period, growth.evidence) == ("%", "2009", TRADITIONAL[growth.start:growth.end])
    assert "增長" in growth.indicator  # the indicator as the text names it
    assert figures["12"].unit == "個"  # a measure word is the text's
    assert all(s.text == TRADITIONAL[s.start:s.end] for s in doc.sentences)
