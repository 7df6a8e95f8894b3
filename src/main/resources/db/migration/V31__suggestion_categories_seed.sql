-- The usual categories of deputy suggestions, two levels. Administrators edit them later;
-- codes stay stable for reports and imports.

insert into suggestion_category (code, name, sort_order) values
    ('TRAFFIC', '交通出行', 10),
    ('EDUCATION', '教育', 20),
    ('HEALTH', '医疗卫生', 30),
    ('AGRICULTURE', '农业农村', 40),
    ('CONSTRUCTION', '城乡建设', 50),
    ('ENVIRONMENT', '生态环境', 60),
    ('SOCIAL_SECURITY', '社会保障', 70),
    ('PUBLIC_SAFETY', '公共安全', 80),
    ('CULTURE_TOURISM', '文化旅游', 90),
    ('INDUSTRY', '产业发展', 100),
    ('OTHER', '其他', 110);

insert into suggestion_category (parent_id, code, name, sort_order)
select p.id, c.code, c.name, c.sort_order
from (values
    ('TRAFFIC', 'TRAFFIC_ROADS', '道路建设与养护', 1),
    ('TRAFFIC', 'TRAFFIC_BUS', '公交与客运线路', 2),
    ('TRAFFIC', 'TRAFFIC_SAFETY', '交通安全设施', 3),
    ('TRAFFIC', 'TRAFFIC_PARKING', '停车与出行秩序', 4),
    ('EDUCATION', 'EDUCATION_SCHOOLS', '学校建设与布局', 1),
    ('EDUCATION', 'EDUCATION_TEACHERS', '师资队伍', 2),
    ('EDUCATION', 'EDUCATION_PRESCHOOL', '学前教育', 3),
    ('EDUCATION', 'EDUCATION_SAFETY', '校园及周边安全', 4),
    ('HEALTH', 'HEALTH_FACILITIES', '医疗机构与设施', 1),
    ('HEALTH', 'HEALTH_INSURANCE', '医疗保障', 2),
    ('HEALTH', 'HEALTH_PUBLIC', '公共卫生', 3),
    ('AGRICULTURE', 'AGRICULTURE_PRODUCE', '农产品产销', 1),
    ('AGRICULTURE', 'AGRICULTURE_WATER', '农田水利', 2),
    ('AGRICULTURE', 'AGRICULTURE_REVITALIZATION', '乡村振兴', 3),
    ('AGRICULTURE', 'AGRICULTURE_DRINKING_WATER', '农村饮水安全', 4),
    ('CONSTRUCTION', 'CONSTRUCTION_PLANNING', '城乡规划', 1),
    ('CONSTRUCTION', 'CONSTRUCTION_UTILITIES', '市政设施', 2),
    ('CONSTRUCTION', 'CONSTRUCTION_HOUSING', '住房与物业', 3),
    ('CONSTRUCTION', 'CONSTRUCTION_OLD_AREAS', '老旧小区改造', 4),
    ('ENVIRONMENT', 'ENVIRONMENT_POLLUTION', '污染防治', 1),
    ('ENVIRONMENT', 'ENVIRONMENT_RIVERS', '河湖治理', 2),
    ('ENVIRONMENT', 'ENVIRONMENT_WASTE', '垃圾处理', 3),
    ('ENVIRONMENT', 'ENVIRONMENT_FORESTS', '林业与生态保护', 4),
    ('SOCIAL_SECURITY', 'SOCIAL_SECURITY_PENSION', '养老服务', 1),
    ('SOCIAL_SECURITY', 'SOCIAL_SECURITY_EMPLOYMENT', '就业创业', 2),
    ('SOCIAL_SECURITY', 'SOCIAL_SECURITY_ASSISTANCE', '社会救助', 3),
    ('SOCIAL_SECURITY', 'SOCIAL_SECURITY_DISABILITY', '残疾人服务', 4),
    ('PUBLIC_SAFETY', 'PUBLIC_SAFETY_DISASTERS', '防灾减灾', 1),
    ('PUBLIC_SAFETY', 'PUBLIC_SAFETY_FOOD', '食品药品安全', 2),
    ('PUBLIC_SAFETY', 'PUBLIC_SAFETY_ORDER', '社会治安', 3),
    ('PUBLIC_SAFETY', 'PUBLIC_SAFETY_WATER', '水域安全', 4),
    ('CULTURE_TOURISM', 'CULTURE_TOURISM_HERITAGE', '文化遗产保护', 1),
    ('CULTURE_TOURISM', 'CULTURE_TOURISM_FACILITIES', '公共文化设施', 2),
    ('CULTURE_TOURISM', 'CULTURE_TOURISM_TOURISM', '旅游开发', 3),
    ('INDUSTRY', 'INDUSTRY_ENTERPRISES', '企业发展', 1),
    ('INDUSTRY', 'INDUSTRY_TEA', '茶叶与特色产业', 2),
    ('INDUSTRY', 'INDUSTRY_BUSINESS_ENVIRONMENT', '营商环境', 3),
    ('INDUSTRY', 'INDUSTRY_ECOMMERCE', '电子商务', 4),
    ('OTHER', 'OTHER_GOVERNANCE', '基层治理', 1),
    ('OTHER', 'OTHER_MISC', '其他事项', 2)
) as c (parent_code, code, name, sort_order)
join suggestion_category p on p.code = c.parent_code;
