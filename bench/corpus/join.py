#!/usr/bin/env python3
# join.py: figures of a new run (HEAD=/tmp/corpus-out/NAME, default head)
# from the verdicts of bench/corpus/triage/final, joined on location and
# analyzer/category; a finding that was a duplicate of one the new run no
# longer prints inherits that one's verdict, and one that the binary
# merged from findings of several packages (NAME.tsv's fourth column) is
# a true positive when any of them was, with all their labels. Labels are counted from
# labels/*.md (a row is doubtful when it says "(doubtful)"), which counts
# fewer doubtful rows than the hand count of the tables above.
import csv, re, sys, os, glob, collections
root='/work/main/bench/corpus'
svcs=[l.split('\t')[0] for l in open(root+'/services.tsv') if l.strip() and not l.startswith('#')]
AN=['requestquery','sessionmap','globalstate','missingcache','localstate']
labels={}  # id -> (analyzer, doubtful)
for s in svcs:
    for line in open(f'{root}/labels/{s}.md'):
        m=re.match(r'\|\s*('+re.escape(s)+r'-\d+)\s*\|\s*([a-z]+)/([a-z]+)\s*\|',line)
        if m and m.group(2) in AN:
            labels[m.group(1)]=(m.group(2),'(doubtful)' in line)
stats=collections.defaultdict(lambda: collections.Counter())
def canon(msg):
    # A message in the words triaged before the fourth session of
    # 2026-11-30, when the cost of a loop ("(N+1: 100 rows mean 100
    # queries instead of 1)") and of invariant work ("the database
    # redoes the same work ...") came into the messages.
    msg=re.sub(r' \((N\+1: )?100 [^()]* instead of 1\)',lambda m: ' (N+1)' if m.group(1) else '',msg)
    for new,old in [('the database redoes the same work for every request and returns the same rows','every request gets the same rows'),
                    ('its conditions do not depend on the request, so the database redoes the same work each time;','its conditions do not depend on the request;'),
                    ('every request waits for a round trip that returns the same response','every request gets the same response')]:
        msg=msg.replace(new,old)
    msg=re.sub(r': the same (pattern is compiled|files are read and parsed|key pair is read and parsed|text is parsed) again for every request;',';',msg)
    return msg
def mkey(msg):
    # What tells two findings at one location apart: the start of the
    # message, after the entry points a globalstate message starts with
    # (a list that grows when a handler is added). The cost of a loop
    # ("(N+1: 100 rows mean 100 queries instead of 1)", since the fourth
    # session of 2026-11-30) is left out, as messages triaged before it
    # do not have it.
    msg=canon(msg)
    i=msg.find(' package-level ')
    if i>=0:
        # The kind and the root variable: the fields of one shared
        # object are one finding (core.App, not core.App.Name).
        m=re.match(r' package-level (\S+) ([\w]+\.[\w]+)',msg[i:])
        return ' package-level %s %s'%(m.group(1),m.group(2)) if m else msg[i:i+60]
    j=msg.find(' (')
    return msg[:j] if 0<j<200 else msg[:60]
def loopname(msg):
    m=re.search(r'iteration of (?:its |the )?loop (?:in \S+ )?at ([\w./-]+\.go:\d+)',msg)
    return m.group(1) if m else None
found=set(); newf=[]; verdicts=[]
for s in svcs:
    fin={}
    fp=f'{root}/triage/final/{s}.tsv'
    if not os.path.exists(fp): continue
    rows=list(csv.reader(open(fp),delimiter='\t'))[1:]
    for r in rows:
        fin.setdefault((r[0],r[1]),[]).append(r)
    hp=os.environ.get('HEAD','/tmp/corpus-out/head')+f'/{s}.tsv'
    if not os.path.exists(hp): continue
    head=[l.rstrip('\n').split('\t') for l in open(hp) if l.strip()]
    present={(h[0],h[1]) for h in head}
    def resolve(key, msg='', hint=''):
        """The verdict and label of the final triage's row at key,
        following "duplicate of" to a finding the new run no longer
        prints; None when the final triage has no such row."""
        cand=fin.get(key)
        if not cand: return None
        r=cand[0]
        if msg:
            # The row of this finding: the same words up to its chain
            # (for requestquery the callee, the work and the loop).
            same=[c for c in cand if mkey(c[5])==mkey(msg)]
            if not same: return None
            # The latest triage of the same words wins.
            r=next((c for c in reversed(same) if canon(c[5])==canon(msg)), same[0])
        elif hint:
            # A location merged into the finding (its own message is not
            # in the run): the rows whose cause names a position
            # (file.go:NN) that the merged finding's message names, a
            # true positive first; a lone row that names no position;
            # else nothing.
            named=[c for c in cand if any(t in hint for t in re.findall(r'[\w.-]+\.go:\d+',c[4]+' '+c[3]))]
            if named:
                r=next((c for c in named if c[2]=='TP'), named[0])
            elif len(cand)>1 or re.search(r'\.go:\d+',cand[0][4]+' '+cand[0][3]):
                return None
        verdict,lab,cause=r[2],r[3],r[4]
        seen=set()
        while verdict=='FP' and lab.startswith('duplicate of '):
            m=re.match(r'duplicate of (\S+) (\S+)',lab)
            if not m: break
            k=(m.group(1),m.group(2))
            if k in present or k in seen: break
            seen.add(k)
            t=fin.get(k)
            if not t: break
            verdict,lab=t[0][2],t[0][3]
        return verdict,lab,cause
    for h in head:
        an=h[1].split('/')[0]
        if an not in AN: continue
        got=resolve((h[0],h[1]),h[2])
        # A finding that the binary merged from several packages (one
        # cause) is each of them: TP when any is, with all their labels.
        merged=[m for m in (h[3].split(',') if len(h)>3 and h[3] else [])]
        if not got:
            got=next((x for x in (resolve((m,h[1]),hint=h[2]) for m in merged) if x), None)
        if not got:
            newf.append((s,h[0],h[1],h[2][:150])); stats[an]['new']+=1; continue
        verdict,lab,cause=got
        for m in merged:
            x=resolve((m,h[1]),hint=h[2])
            if x and x[0]=='TP':
                if verdict!='TP': verdict,cause=x[0],x[2]; lab=''
                lab+=' '+x[1]
        if 'it also writes once per iteration' in h[2]:
            # One finding per loop: an N+1 that names the writes of its
            # loop is also the write loop found there before, at the
            # same place (same loop named) or at a position of its cause.
            for loc in [h[0]]+merged:
                for r in fin.get((loc,'requestquery/writeloop'),[]):
                    if r[2]=='TP' and loopname(r[5])==loopname(h[2]) and (loc!=h[0] or loopname(h[2])):
                        lab+=' '+r[3]
                        verdict='TP' # the finding is that write loop too
        stats[an]['findings']+=1
        verdicts.append((s,h[0],h[1],verdict,lab,h[2]))
        stats[an][verdict]+=1
        stats[an+'|causes'][cause]+=0
        if verdict=='TP':
            stats[an+'|tcauses'][cause]+=0
            for lid in re.findall(re.escape(s)+r'-\d+',lab):
                found.add(lid)
print('analyzer labels(doubtful) found recall_nd recall_all findings TP FP new precision causes truecauses')
tot=collections.Counter()
for an in AN:
    L=[i for i,(a,d) in labels.items() if a==an]; Ld=[i for i in L if labels[i][1]]
    F=[i for i in L if i in found]; Fnd=[i for i in F if not labels[i][1]]
    nd=len(L)-len(Ld)
    st=stats[an]; c=len(stats[an+'|causes']); tc=len(stats[an+'|tcauses'])
    prec=st['TP']/max(1,st['TP']+st['FP'])
    print(an,len(L),len(Ld),len(F),round(len(Fnd)/max(1,nd),2),round(len(F)/max(1,len(L)),2),st['findings'],st['TP'],st['FP'],st['new'],round(prec,2),c,tc)
    for k,v in [('L',len(L)),('Ld',len(Ld)),('F',len(F)),('Fnd',len(Fnd)),('find',st['findings']),('TP',st['TP']),('FP',st['FP']),('new',st['new']),('c',c),('tc',tc)]: tot[k]+=v
print('all',tot['L'],tot['Ld'],tot['F'],round(tot['Fnd']/(tot['L']-tot['Ld']),2),round(tot['F']/tot['L'],2),tot['find'],tot['TP'],tot['FP'],tot['new'],round(tot['TP']/max(1,tot['TP']+tot['FP']),2),tot['c'],tot['tc'])
for n in newf[:40]: print('NEW',*n)
# DUMP=FILE: every finding of the run with its verdict and label, one a
# line (service, location, analyzer/category, verdict, label, message).
if os.environ.get('DUMP'):
    with open(os.environ['DUMP'],'w') as f:
        for v in verdicts: f.write('\t'.join(x.replace('\t',' ') for x in v)+'\n')
