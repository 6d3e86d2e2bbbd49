"""Tests for the indicator concept scheme and the phrase matcher."""

from collections import Counter
from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF, SKOS

from kg import indicators
from kg.indicators import NAMESPACE, concept, concepts, match_indicator

SCHEME = Path(__file__).resolve().parent.parent / "ontology" / "indicators.ttl"
KG = Namespace("https://w3id.org/govkg/ontology#")


@pytest.fixture(scope="module")
def scheme():
    return Graph().parse(SCHEME, format="turtle")


@pytest.mark.parametrize(
    ("phrase", "notation"),
    [
        ("地区生产总值", "gdp"),
        ("全省地区生产总值", "gdp"),
        ("经济总量", "gdp"),
        ("国内生产总值", "gdp"),
        ("地区生产总值增长", "gdp-growth"),
        ("GDP增长", "gdp-growth"),
        ("gdp增速", "gdp-growth"),
        ("全市生产总值年均增长", "gdp-growth"),
        ("经济增长", "gdp-growth"),
        ("人均地区生产总值", "gdp-per-capita"),
        ("全市一般公共预算收入", "public-budget-revenue"),
        ("地方一般公共预算收入增长", "public-budget-revenue-growth"),
        ("城镇调查失业率", "unemployment-rate"),
        ("城镇新增就业", "new-urban-jobs"),
        ("新增就业", "new-urban-jobs"),
        ("居民消费价格涨幅", "cpi"),
        ("CPI涨幅", "cpi"),
        ("规模以上工业增加值增长", "industrial-value-added-growth"),
        ("规上工业增加值增长", "industrial-value-added-growth"),
        ("工业增加值", "industry-value-added"),
        ("固定资产投资下降", "fixed-asset-investment-growth"),
        ("社会消费品零售总额增长", "retail-sales-growth"),
        ("外贸进出口总额", "foreign-trade"),
        ("进出口增长", "foreign-trade-growth"),
        ("实际使用外资", "foreign-investment"),
        ("城乡居民人均可支配收入分别增长", "disposable-income-growth"),
        ("农村居民人均可支配收入", "rural-disposable-income"),
        ("城镇居民人均可支配收入增长", "urban-disposable-income-growth"),
        ("单位GDP能耗降低", "energy-intensity-reduction"),
        ("单位地区生产总值能耗下降", "energy-intensity-reduction"),
        ("粮食总产量", "grain-output"),
        ("全社会研发经费投入强度", "rd-intensity"),
        ("R&D经费投入增长", "rd-expenditure-growth"),
        ("今年赤字率", "deficit-ratio"),
        ("服务业增加值增长", "services-value-added-growth"),
        ("常住人口城镇化率", "urbanization-rate"),
        ("户籍人口城镇化率", "registered-urbanization-rate"),
        ("高新技术企业数量", "high-tech-enterprises"),
        ("改造城镇老旧小区", "old-residential-renovation"),
        ("棚户区改造", "shanty-town-renovation"),
    ],
)
def test_indicators_match_phrase(phrase, notation):
    assert match_indicator(phrase).notation == notation


@pytest.mark.parametrize(
    "phrase",
    [
        "企业数量",
        "增加值增长",
        "重点抓好以下",
        "",
        "服务业增加值占地区生产总值比重",  # a share, not the level
        "对全球经济增长的贡献率",
        "新增外贸企业",  # a count of firms
        "固定资产投资项目",
    ],
)
def test_indicators_match_negatives(phrase):
    assert match_indicator(phrase) is None


def test_indicators_new_jobs_variants_share_a_concept():
    assert match_indicator("新增就业") is match_indicator("城镇新增就业")


def test_indicators_scheme_parses_with_labels_and_notation(scheme):
    members = set(scheme.subjects(SKOS.inScheme, URIRef(NAMESPACE + "scheme")))
    assert len(members) >= 40
    for iri in members:
        assert (iri, RDF.type, KG.Indicator) in scheme
        assert (iri, RDF.type, SKOS.Concept) in scheme
        languages = {lit.language for lit in scheme.objects(iri, SKOS.prefLabel)}
        assert languages == {"zh", "en"}, iri
        notation = scheme.value(iri, SKOS.notation)
        assert str(iri) == NAMESPACE + str(notation)


def test_indicators_notations_and_labels_unique(scheme):
    notations = Counter(str(n) for n in scheme.objects(None, SKOS.notation))
    assert max(notations.values()) == 1
    labels = Counter(
        str(lit).upper()
        for p in (SKOS.prefLabel, SKOS.altLabel)
        for lit in scheme.objects(None, p)
        if lit.language == "zh"
    )
    assert [label for label, n in labels.items() if n > 1] == []


def test_indicators_broader_and_related_stay_in_scheme(scheme):
    members = set(scheme.subjects(SKOS.inScheme, None))
    for p in (SKOS.broader, SKOS.related):
        for s, o in scheme.subject_objects(p):
            assert o in members, (s, p, o)


def test_indicators_growth_concepts_relate_to_their_level(scheme):
    for notation, c in concepts().items():
        if notation.endswith("-growth"):
            level = URIRef(NAMESPACE + notation.removesuffix("-growth"))
            assert (URIRef(c.iri), SKOS.related, level) in scheme


def test_indicators_concept_by_notation():
    gdp = concept("gdp")
    assert (gdp.label, gdp.label_en) == ("地区生产总值", "Gross domestic product")
    assert "GDP" in gdp.aliases
    assert concept("urban-disposable-income").broader == "disposable-income"
    with pytest.raises(KeyError, match="no-such"):
        concept("no-such")
